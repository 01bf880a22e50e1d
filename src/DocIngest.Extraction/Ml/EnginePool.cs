using System.Collections.Concurrent;
using Microsoft.ML;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// Hands out <see cref="PredictionEngine{TSrc,TDst}"/>s, which are not thread-safe: each caller
/// rents its own and returns it, so the audit's parallel workers never share one.
/// </summary>
internal sealed class EnginePool<TIn, TOut>(MLContext context, ITransformer model)
    where TIn : class
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TIn, TOut>> _idle = [];
    private readonly Lock _create = new();

    public TOut Predict(TIn input)
    {
        if (!_idle.TryTake(out var engine))
        {
            lock (_create)
            {
                engine = context.Model.CreatePredictionEngine<TIn, TOut>(model);
            }
        }

        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
