namespace KlingGen.Generators.Model;

/// <summary>The result of parsing one document: the client to emit (null when nothing can be emitted) and what went wrong.</summary>
internal sealed record SpecParseResult(string HintPrefix, string FilePath, ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything needed to emit one client.</summary>
internal sealed record ClientModel(
    string Namespace,
    string ClientName,
    string? BaseUrl,
    EquatableArray<RequestBuilderModel> Builders,
    EquatableArray<ModelClassModel> Models,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ComposedTypeModel> ComposedTypes);

/// <summary>How a value is read and written by the Kiota serialization API.</summary>
internal enum ValueKind
{
    Primitive,
    Enum,
    Object,
    Untyped,
}

// A C# type for a property, parameter or response. TypeName is fully qualified for generated types; Accessor is,
// for primitives, the Kiota accessor suffix: String, Int, Long, ... (GetIntValue / WriteIntValue).
internal sealed record TypeRef(ValueKind Kind, string TypeName, string Accessor, bool IsValueType, bool IsCollection)
{
    public TypeRef AsCollection() => this with { IsCollection = true };
}

internal sealed record PropertyModel(
    string JsonName,
    string Name,
    string? Description,
    TypeRef Type,
    bool Required,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    bool IsUrl,
    string? Minimum,
    string? Maximum,
    bool ExclusiveMinimum,
    bool ExclusiveMaximum,
    EquatableArray<string> KnownValues,
    bool IsBase64,
    bool Base64AllowsUrl,
    bool IsSecret,
    bool Deprecated,
    bool ValidateNested)
{
    public bool HasOwnConstraints =>
        Required || MinLength.HasValue || MaxLength.HasValue || Pattern != null || IsUrl || Minimum != null || Maximum != null || IsBase64;
}

internal sealed record ExactlyOneOfGroup(EquatableArray<string> JsonNames, EquatableArray<string> MemberNames);

internal sealed record DiscriminatorMapping(string Value, string TypeName);

/// <summary>Expressions (C#, over the error type's own members) that make up the error's readable Message.</summary>
internal sealed record ErrorSummary(string? CodeExpression, string? MessageExpression, string? RequestIdExpression, string? NestedMessageExpression);

internal sealed record ModelClassModel(
    string Namespace,
    string Name,
    string? Description,
    string? BaseTypeName,
    bool IsError,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<ExactlyOneOfGroup> ExactlyOneOfGroups,
    string? DiscriminatorProperty,
    EquatableArray<DiscriminatorMapping> Mappings,
    ErrorSummary? ErrorSummary,
    bool HasConstraints,
    bool BaseHasConstraints)
{
    public string FullName => "global::" + Namespace + "." + Name;
}

internal sealed record EnumMemberModel(string Name, string Value);

internal sealed record EnumModel(string Namespace, string Name, string? Description, EquatableArray<EnumMemberModel> Members);

internal sealed record ComposedMemberModel(string Name, TypeRef Type, string? MappingValue);

/// <summary>A oneOf/anyOf wrapper. Intersection wrappers (anyOf, or oneOf without discriminator) fill every member.</summary>
internal sealed record ComposedTypeModel(
    string Namespace,
    string Name,
    string? Description,
    bool IsIntersection,
    string? DiscriminatorProperty,
    EquatableArray<ComposedMemberModel> Members);

internal sealed record NavigationModel(string PropertyName, string TargetTypeName, string SegmentPath);

internal sealed record IndexerModel(string ParameterKey, string ParameterName, string TargetTypeName, string? Description);

internal enum BodyKind
{
    Parsable,
    ParsableCollection,
    Scalar,
    Stream,
}

internal sealed record BodyModel(BodyKind Kind, string TypeName, string ContentType, bool Validate);

internal enum ResponseKind
{
    NoContent,
    Parsable,
    ParsableCollection,
    Primitive,
    PrimitiveCollection,
    Stream,
}

// TypeName: element type for collections; for primitives the nullable form (int?, string).
internal sealed record ResponseModel(ResponseKind Kind, string TypeName, string? Accept, string? Description);

internal sealed record ErrorMappingModel(string Code, string TypeName);

internal sealed record QueryParameterModel(string Name, string SerializedName, string TypeName, string? Description, bool Deprecated);

// DefaultValue: for a required header with a default (or a single allowed value), the value sent when the caller sets none.
internal sealed record HeaderParameterModel(string Name, string? Description, bool Required, string? DefaultValue);

internal sealed record OperationModel(
    string Method,
    string? Summary,
    string? Description,
    bool Deprecated,
    string? QueryParametersClassName,
    EquatableArray<QueryParameterModel> QueryParameters,
    EquatableArray<HeaderParameterModel> HeaderParameters,
    BodyModel? Body,
    ResponseModel Response,
    EquatableArray<ErrorMappingModel> Errors)
{
    public string MethodPascal => Method.Substring(0, 1) + Method.Substring(1).ToLowerInvariant();
}

internal sealed record RequestBuilderModel(
    string Namespace,
    string Name,
    string PathDisplay,
    string UrlTemplate,
    bool IsRoot,
    EquatableArray<NavigationModel> Navigations,
    IndexerModel? Indexer,
    EquatableArray<OperationModel> Operations)
{
    public string FullName => "global::" + Namespace + "." + Name;
}
