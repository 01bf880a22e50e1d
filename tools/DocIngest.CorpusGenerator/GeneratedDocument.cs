using DocIngest.Core.Plans;

namespace DocIngest.CorpusGenerator;

/// <summary>One generated document: its .docx bytes, its gold record and the variation tags it exercises.</summary>
internal sealed record GeneratedDocument(string Name, byte[] Docx, PlanRecord Gold, IReadOnlySet<string> Tags);
