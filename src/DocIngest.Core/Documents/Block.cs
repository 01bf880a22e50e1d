namespace DocIngest.Core.Documents;

/// <summary>A top-level piece of a document body: a paragraph or a table.</summary>
public abstract record Block(BlockPosition Position);
