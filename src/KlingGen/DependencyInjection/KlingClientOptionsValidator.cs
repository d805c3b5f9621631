using Microsoft.Extensions.Options;

namespace KlingGen;

/// <summary>Validates <see cref="KlingClientOptions"/> for the options system (and <c>ValidateOnStart</c>); messages never contain the key.</summary>
internal sealed class KlingClientOptionsValidator : IValidateOptions<KlingClientOptions>
{
    public ValidateOptionsResult Validate(string? name, KlingClientOptions options)
    {
        var problems = options.Check();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
