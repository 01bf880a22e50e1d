using LiteDB;

namespace DocIngest.Storage.Internal;

/// <summary>The store's own mapper: one instance per store, never LiteDB's global one.</summary>
internal static class StoreMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { EnumAsInteger = false, TrimWhitespace = false, EmptyStringToNull = false };
        mapper.Entity<DocumentEntity>().Id(d => d.Id);
        mapper.Entity<TaskEntity>().Id(t => t.Id);
        mapper.Entity<WeaknessEntity>().Id(w => w.Id);
        return mapper;
    }
}
