namespace DocIngest.Storage.Internal;

// LiteDB maps mutable classes with parameterless constructors; these stay inside the store and
// become immutable records at its surface.

internal sealed class DocumentEntity
{
    public int Id { get; set; }
    public string SourceName { get; set; } = string.Empty;
    public string SourcePath { get; set; } = string.Empty;
    public string Sha256 { get; set; } = string.Empty;
    public long Size { get; set; }
    public DateTime IngestedAt { get; set; }
    public string ExtractorVersion { get; set; } = string.Empty;
    public string? ModelVersion { get; set; }
    public string PlanKey { get; set; } = string.Empty;
    public string? Number { get; set; }
    public string? Kind { get; set; }
    public string? Issuer { get; set; }
    public string? Title { get; set; }
    public int Version { get; set; } = 1;
    public bool IsCurrent { get; set; } = true;
    public string RecordJson { get; set; } = string.Empty;
    public int TaskCount { get; set; }
    public int WeaknessCount { get; set; }
}

internal sealed class TaskEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public string TaskKey { get; set; } = string.Empty;
    public bool IsCurrent { get; set; } = true;
    public string? DocumentNumber { get; set; }
    public string DocumentKey { get; set; } = string.Empty;
    public string? GroupNumber { get; set; }
    public string GroupTitle { get; set; } = string.Empty;
    public string GroupKey { get; set; } = string.Empty;
    public int Ordinal { get; set; }
    public string Text { get; set; } = string.Empty;
    public string TextKey { get; set; } = string.Empty;
    public string DeadlineKind { get; set; } = "none";
    public DateTime? DeadlineDate { get; set; }
    public string? DeadlineText { get; set; }
    public List<PartyEntity> Owners { get; set; } = [];
    public List<string> OwnerKeys { get; set; } = [];
    public List<string> Advisors { get; set; } = [];
    public List<string> AdvisorKeys { get; set; } = [];
    public List<string> Partners { get; set; } = [];
    public List<string> PartnerKeys { get; set; } = [];
    public string Status { get; set; } = "open";
    public DateTime? DoneOn { get; set; }
    public List<StatusChangeEntity> History { get; set; } = [];
}

internal sealed class PartyEntity
{
    public string? Name { get; set; }
    public string? Title { get; set; }
}

internal sealed class StatusChangeEntity
{
    public string Status { get; set; } = "open";
    public DateTime At { get; set; }
    public DateTime? On { get; set; }
    public string? Note { get; set; }
}

internal sealed class WeaknessEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public bool IsCurrent { get; set; } = true;
    public string? DocumentNumber { get; set; }
    public string? GroupNumber { get; set; }
    public string GroupTitle { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string TextKey { get; set; } = string.Empty;
}
