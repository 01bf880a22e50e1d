using DocIngest.Core.Plans;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>Reads the closing block: the "Nơi nhận" list and the signature (authority lines and name).</summary>
internal sealed class ClosingStep : IExtractionStep
{
    // The signature often stands just before "Nơi nhận" (Word keeps the two side by side in one
    // table row, and flattening puts the signature first), so it is looked for this far back.
    private const int SignatureLookBack = 12;

    public string Name => "closing";

    public void Run(ExtractionContext context)
    {
        var closing = ClosingCells.From(context.Lines.Skip(context.ClosingStartIndex).ToList());
        var signatureStart = Math.Max(context.BodyStartIndex, context.ClosingStartIndex - SignatureLookBack);
        var signatureArea = ClosingCells.From(context.Lines.Skip(signatureStart).ToList());
        context.Info = context.Info with
        {
            Recipients = RecipientList.Read(closing),
            Signer = SignatureBlock.Read(signatureArea),
        };
    }
}
