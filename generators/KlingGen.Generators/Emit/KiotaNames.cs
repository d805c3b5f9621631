namespace KlingGen.Generators.Emit;

/// <summary>Fully qualified names of the runtime types the generated code uses.</summary>
internal static class KiotaNames
{
    public const string Abstractions = "global::Microsoft.Kiota.Abstractions";
    public const string Serialization = "global::Microsoft.Kiota.Abstractions.Serialization";
    public const string IParsable = Serialization + ".IParsable";
    public const string IAdditionalDataHolder = Serialization + ".IAdditionalDataHolder";
    public const string IComposedTypeWrapper = Serialization + ".IComposedTypeWrapper";
    public const string IParseNode = Serialization + ".IParseNode";
    public const string ISerializationWriter = Serialization + ".ISerializationWriter";
    public const string ParsableFactory = Serialization + ".ParsableFactory";
    public const string ParseNodeHelper = Serialization + ".ParseNodeHelper";
    public const string ApiException = Abstractions + ".ApiException";
    public const string BaseRequestBuilder = Abstractions + ".BaseRequestBuilder";
    public const string IRequestAdapter = Abstractions + ".IRequestAdapter";
    public const string RequestInformation = Abstractions + ".RequestInformation";
    public const string RequestConfiguration = Abstractions + ".RequestConfiguration";
    public const string DefaultQueryParameters = Abstractions + ".DefaultQueryParameters";
    public const string Method = Abstractions + ".Method";
    public const string QueryParameter = Abstractions + ".QueryParameter";
    public const string ApiClientBuilder = Abstractions + ".ApiClientBuilder";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string IDictionary = "global::System.Collections.Generic.IDictionary";
    public const string List = "global::System.Collections.Generic.List";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string ICollection = "global::System.Collections.Generic.ICollection";
    public const string Action = "global::System.Action";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string Constraints = "global::KlingGen.Constraints";
    public const string ConstraintViolation = Constraints + ".ConstraintViolation";
    public const string DataAnnotations = "global::System.ComponentModel.DataAnnotations";
    public const string ExtensionsNamespace = "global::Microsoft.Kiota.Abstractions.Extensions";
}
