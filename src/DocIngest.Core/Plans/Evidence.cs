namespace DocIngest.Core.Plans;

/// <summary>
/// Where an extracted value came from and what decided it: a diagnostic beside the contract's
/// fields, so the CLI and the audit can explain every value.
/// </summary>
/// <param name="Block">The block position, as <c>BlockPosition.ToString()</c> spells it.</param>
/// <param name="Rule">The rule (or model) that produced the value.</param>
/// <param name="Confidence">1 for rules; the classifier's score for a model.</param>
public sealed record Evidence(string Block, string Rule, double Confidence = 1.0);
