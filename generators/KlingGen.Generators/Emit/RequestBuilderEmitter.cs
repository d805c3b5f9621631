using System.Linq;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>Emits a Kiota request builder (and the root client, which is the builder of the base URL).</summary>
internal static class RequestBuilderEmitter
{
    public static string Emit(RequestBuilderModel builder, ClientModel client)
    {
        var w = new CodeWriter();
        w.FileHeader(KiotaNames.ExtensionsNamespace);
        w.Open("namespace " + builder.Namespace);
        w.Summary(builder.IsRoot
            ? "Root of the client: navigate from here to every path of the API."
            : "Request builder for the path " + builder.PathDisplay);
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public partial class {builder.Name} : {KiotaNames.BaseRequestBuilder}");

        foreach (var navigation in builder.Navigations)
        {
            w.Summary("The " + navigation.PropertyName + " property");
            w.Open($"public {navigation.TargetTypeName} {navigation.PropertyName}");
            w.Line($"get => new {navigation.TargetTypeName}(PathParameters, RequestAdapter);");
            w.Close();
        }

        if (builder.Indexer != null)
        {
            var indexer = builder.Indexer;
            w.Summary("Selects one item under " + builder.PathDisplay + " by its path parameter");
            w.DocElement("param", indexer.Description ?? "Value of the path parameter that selects the item", "name=\"" + indexer.ParameterName + "\"");
            w.DocXml("returns", "A " + CodeWriter.Cref(indexer.TargetTypeName));
            w.Open($"public {indexer.TargetTypeName} this[string {indexer.ParameterName}]");
            w.Open("get");
            w.Line($"var urlTplParams = new {KiotaNames.Dictionary}<string, object>(PathParameters);");
            w.Line($"urlTplParams.Add({CodeWriter.Literal(indexer.ParameterKey)}, {indexer.ParameterName});");
            w.Line($"return new {indexer.TargetTypeName}(urlTplParams, RequestAdapter);");
            w.Close();
            w.Close();
        }

        if (builder.IsRoot)
        {
            EmitRootConstructor(w, builder, client);
        }
        else
        {
            EmitConstructors(w, builder);
        }

        foreach (var operation in builder.Operations)
        {
            EmitExecutor(w, builder, operation);
        }

        foreach (var operation in builder.Operations)
        {
            EmitRequestInformation(w, builder, operation);
        }

        if (!builder.IsRoot)
        {
            w.Summary("Returns a builder that sends its requests to the given URL as it is; the path and query parameters of this builder no longer apply.");
            w.DocXml("returns", "A " + CodeWriter.Cref(builder.FullName));
            w.DocElement("param", "Absolute URL that the builder sends its requests to.", "name=\"rawUrl\"");
            w.Open($"public {builder.FullName} WithUrl(string rawUrl)");
            w.Line($"return new {builder.FullName}(rawUrl, RequestAdapter);");
            w.Close();
        }

        foreach (var operation in builder.Operations.Where(o => o.QueryParametersClassName != null))
        {
            EmitQueryParameters(w, operation);
        }

        w.Close();
        w.Close();
        w.FileFooter();
        return w.ToString();
    }

    private static void EmitRootConstructor(CodeWriter w, RequestBuilderModel builder, ClientModel client)
    {
        w.DocXml("summary", $"Creates a {CodeWriter.Cref(builder.FullName)}.");
        w.DocElement("param", "Sends the requests and turns the responses into models.", "name=\"requestAdapter\"");
        w.Open($"public {builder.Name}({KiotaNames.IRequestAdapter} requestAdapter) : base(requestAdapter, {CodeWriter.Literal(builder.UrlTemplate)}, new {KiotaNames.Dictionary}<string, object>())");
        w.Line($"{KiotaNames.ApiClientBuilder}.RegisterDefaultSerializer<global::Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory>();");
        w.Line($"{KiotaNames.ApiClientBuilder}.RegisterDefaultSerializer<global::Microsoft.Kiota.Serialization.Text.TextSerializationWriterFactory>();");
        w.Line($"{KiotaNames.ApiClientBuilder}.RegisterDefaultDeserializer<global::Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory>();");
        w.Line($"{KiotaNames.ApiClientBuilder}.RegisterDefaultDeserializer<global::Microsoft.Kiota.Serialization.Text.TextParseNodeFactory>();");
        if (client.BaseUrl != null)
        {
            w.Open("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl))");
            w.Line($"RequestAdapter.BaseUrl = {CodeWriter.Literal(client.BaseUrl)};");
            w.Close();
        }

        w.Line("PathParameters.TryAdd(\"baseurl\", RequestAdapter.BaseUrl ?? string.Empty);");
        w.Close();
    }

    private static void EmitConstructors(CodeWriter w, RequestBuilderModel builder)
    {
        var template = CodeWriter.Literal(builder.UrlTemplate);
        w.DocXml("summary", $"Creates a {CodeWriter.Cref(builder.FullName)}.");
        w.DocElement("param", "Values of the URL template's parameters collected so far.", "name=\"pathParameters\"");
        w.DocElement("param", "Sends the requests and turns the responses into models.", "name=\"requestAdapter\"");
        w.Open($"public {builder.Name}({KiotaNames.Dictionary}<string, object> pathParameters, {KiotaNames.IRequestAdapter} requestAdapter) : base(requestAdapter, {template}, pathParameters)");
        w.Close();
        w.DocXml("summary", $"Creates a {CodeWriter.Cref(builder.FullName)}.");
        w.DocElement("param", "Absolute URL that the builder sends its requests to.", "name=\"rawUrl\"");
        w.DocElement("param", "Sends the requests and turns the responses into models.", "name=\"requestAdapter\"");
        w.Open($"public {builder.Name}(string rawUrl, {KiotaNames.IRequestAdapter} requestAdapter) : base(requestAdapter, {template}, rawUrl)");
        w.Close();
    }

    private static string ConfigurationType(RequestBuilderModel builder, OperationModel operation)
    {
        var queryType = operation.QueryParametersClassName != null
            ? builder.FullName + "." + operation.QueryParametersClassName
            : KiotaNames.DefaultQueryParameters;
        return $"{KiotaNames.Action}<{KiotaNames.RequestConfiguration}<{queryType}>>?";
    }

    private static string ReturnType(ResponseModel response) => response.Kind switch
    {
        ResponseKind.NoContent => KiotaNames.Task,
        ResponseKind.Parsable => $"{KiotaNames.Task}<{response.TypeName}?>",
        ResponseKind.ParsableCollection => $"{KiotaNames.Task}<{KiotaNames.List}<{response.TypeName}>?>",
        ResponseKind.PrimitiveCollection => $"{KiotaNames.Task}<{KiotaNames.List}<{response.TypeName}>?>",
        ResponseKind.Stream => $"{KiotaNames.Task}<global::System.IO.Stream?>",
        _ => $"{KiotaNames.Task}<{NullableOnce(response.TypeName)}>",
    };

    private static string NullableOnce(string typeName) => typeName.EndsWith("?", System.StringComparison.Ordinal) ? typeName : typeName + "?";

    private static string BodyParameter(BodyModel body) => body.Kind switch
    {
        BodyKind.ParsableCollection => $"{KiotaNames.List}<{body.TypeName}> body",
        _ => body.TypeName.TrimEnd('?') + " body",
    };

    private static void EmitOperationDocs(CodeWriter w, OperationModel operation, bool executor)
    {
        var summary = operation.Summary ?? operation.Description ?? operation.MethodPascal + " operation";
        w.Summary(summary);
        var remarks = new System.Collections.Generic.List<string>();
        if (operation.Summary != null && operation.Description != null) remarks.Add(operation.Description);
        if (operation.HeaderParameters.Count > 0)
        {
            var headers = string.Join("; ", operation.HeaderParameters.Select(h => h.Name
                + (h.Required ? " (required" + (h.DefaultValue != null ? ", sent as " + h.DefaultValue + " unless set" : string.Empty) + ")" : string.Empty)
                + (h.Description != null ? ": " + h.Description : string.Empty)));
            remarks.Add("Header parameters (set them through the request configuration's Headers): " + headers);
        }

        if (operation.Deprecated)
        {
            remarks.Add("Deprecated in the OpenAPI description.");
        }

        if (remarks.Count > 0) w.DocElement("remarks", string.Join("\n", remarks));

        if (executor && operation.Response.Kind != ResponseKind.NoContent)
        {
            w.DocElement("returns", operation.Response.Description ?? "The response body.");
        }
        else if (!executor)
        {
            w.DocXml("returns", "A " + CodeWriter.Cref(KiotaNames.RequestInformation));
        }

        if (operation.Body != null) w.DocElement("param", "The request body", "name=\"body\"");
        if (executor) w.DocElement("param", "Cancels the request.", "name=\"cancellationToken\"");
        w.DocElement("param", "Optional callback that sets this request's headers, query parameters and middleware options.", "name=\"requestConfiguration\"");
        if (executor)
        {
            foreach (var error in operation.Errors)
            {
                w.DocElement("exception", $"When receiving a {error.Code} status code", $"cref=\"{error.TypeName}\"");
            }
        }

        if (operation.Body != null && operation.Body.Validate)
        {
            w.DocElement("exception", "When the body violates a constraint of its schema; nothing is sent.", $"cref=\"{KiotaNames.Constraints}.RequestValidationException\"");
        }
    }

    /// <summary>Deprecated operations are marked like deprecated properties; generated files suppress CS0618 for their own calls.</summary>
    private static void EmitObsoleteIfDeprecated(CodeWriter w, OperationModel operation)
    {
        if (operation.Deprecated) w.Line("[global::System.Obsolete(\"Deprecated in the OpenAPI description.\")]");
    }

    private static void EmitExecutor(CodeWriter w, RequestBuilderModel builder, OperationModel operation)
    {
        EmitOperationDocs(w, operation, executor: true);
        EmitObsoleteIfDeprecated(w, operation);
        var configuration = ConfigurationType(builder, operation);
        var bodyParameter = operation.Body != null ? BodyParameter(operation.Body) + ", " : string.Empty;
        var bodyArgument = operation.Body != null ? "body, " : string.Empty;
        w.Open($"public async {ReturnType(operation.Response)} {operation.MethodPascal}Async({bodyParameter}{configuration} requestConfiguration = default, {KiotaNames.CancellationToken} cancellationToken = default)");
        if (operation.Body != null && operation.Body.Kind != BodyKind.Scalar)
        {
            w.Line($"if (ReferenceEquals(body, null)) throw new {KiotaNames.ArgumentNullException}(nameof(body));");
        }

        w.Line($"var requestInfo = To{operation.MethodPascal}RequestInformation({bodyArgument}requestConfiguration);");
        w.Line($"var errorMapping = new {KiotaNames.Dictionary}<string, {KiotaNames.ParsableFactory}<{KiotaNames.IParsable}>>");
        w.Line("{");
        foreach (var error in operation.Errors)
        {
            w.Line($"    {{ {CodeWriter.Literal(error.Code)}, {error.TypeName}.CreateFromDiscriminatorValue }},");
        }

        w.Line("};");
        var response = operation.Response;
        switch (response.Kind)
        {
            case ResponseKind.NoContent:
                w.Line("await RequestAdapter.SendNoContentAsync(requestInfo, errorMapping, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.Parsable:
                w.Line($"return await RequestAdapter.SendAsync<{response.TypeName}>(requestInfo, {response.TypeName}.CreateFromDiscriminatorValue, errorMapping, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.ParsableCollection:
                w.Line($"var collectionResult = await RequestAdapter.SendCollectionAsync<{response.TypeName}>(requestInfo, {response.TypeName}.CreateFromDiscriminatorValue, errorMapping, cancellationToken).ConfigureAwait(false);");
                w.Line("return collectionResult?.AsList();");
                break;
            case ResponseKind.PrimitiveCollection:
                w.Line($"var collectionResult = await RequestAdapter.SendPrimitiveCollectionAsync<{response.TypeName}>(requestInfo, errorMapping, cancellationToken).ConfigureAwait(false);");
                w.Line("return collectionResult?.AsList();");
                break;
            case ResponseKind.Stream:
                w.Line("return await RequestAdapter.SendPrimitiveAsync<global::System.IO.Stream>(requestInfo, errorMapping, cancellationToken).ConfigureAwait(false);");
                break;
            default:
                w.Line($"return await RequestAdapter.SendPrimitiveAsync<{NullableOnce(response.TypeName)}>(requestInfo, errorMapping, cancellationToken).ConfigureAwait(false);");
                break;
        }

        w.Close();
    }

    private static void EmitRequestInformation(CodeWriter w, RequestBuilderModel builder, OperationModel operation)
    {
        EmitOperationDocs(w, operation, executor: false);
        EmitObsoleteIfDeprecated(w, operation);
        var configuration = ConfigurationType(builder, operation);
        var bodyParameter = operation.Body != null ? BodyParameter(operation.Body) + ", " : string.Empty;
        w.Open($"public {KiotaNames.RequestInformation} To{operation.MethodPascal}RequestInformation({bodyParameter}{configuration} requestConfiguration = default)");
        var body = operation.Body;
        if (body != null && body.Kind != BodyKind.Scalar)
        {
            w.Line($"if (ReferenceEquals(body, null)) throw new {KiotaNames.ArgumentNullException}(nameof(body));");
        }

        if (body != null && body.Validate && body.Kind == BodyKind.Parsable)
        {
            w.Line("body.Validate();");
        }

        w.Line($"var requestInfo = new {KiotaNames.RequestInformation}({KiotaNames.Method}.{operation.Method}, UrlTemplate, PathParameters);");
        w.Line("requestInfo.Configure(requestConfiguration);");
        if (operation.Response.Accept != null)
        {
            w.Line($"requestInfo.Headers.TryAdd(\"Accept\", {CodeWriter.Literal(operation.Response.Accept)});");
        }

        foreach (var header in operation.HeaderParameters.Where(h => h.DefaultValue != null))
        {
            w.Line($"requestInfo.Headers.TryAdd({CodeWriter.Literal(header.Name)}, {CodeWriter.Literal(header.DefaultValue!)});");
        }

        if (body != null)
        {
            switch (body.Kind)
            {
                case BodyKind.Parsable:
                case BodyKind.ParsableCollection:
                    w.Line($"requestInfo.SetContentFromParsable(RequestAdapter, {CodeWriter.Literal(body.ContentType)}, body);");
                    break;
                case BodyKind.Scalar:
                    w.Line($"requestInfo.SetContentFromScalar(RequestAdapter, {CodeWriter.Literal(body.ContentType)}, body);");
                    break;
                default:
                    w.Line($"requestInfo.SetStreamContent(body, {CodeWriter.Literal(body.ContentType)});");
                    break;
            }
        }

        w.Line("return requestInfo;");
        w.Close();
    }

    private static void EmitQueryParameters(CodeWriter w, OperationModel operation)
    {
        w.Summary(operation.Summary ?? operation.Description ?? operation.MethodPascal + " query parameters");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public partial class {operation.QueryParametersClassName}");
        foreach (var parameter in operation.QueryParameters)
        {
            w.Summary(parameter.Description ?? "The " + parameter.SerializedName + " query parameter");
            w.Line($"[{KiotaNames.QueryParameter}({CodeWriter.Literal(parameter.SerializedName)})]");
            w.Line($"public {parameter.TypeName} {parameter.Name} {{ get; set; }}");
        }

        w.Close();
    }
}
