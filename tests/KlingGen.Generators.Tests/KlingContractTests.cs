using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// The public contract of the generated Kling client (names, signatures, model members, constraint metadata)
/// that the hand-written SDK, the analyzer and users rely on.
/// </summary>
public sealed class KlingContractTests
{
    private const string Ns = "KlingGen.Client";
    private const string Models = "KlingGen.Client.Models";

    private static Shape Client()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        return new Shape(GeneratedClients.For(SpecCatalog.Kling).OutputCompilation);
    }

    private static INamedTypeSymbol Image2Video(Shape shape) =>
        shape.Navigate(shape.Type($"{Ns}.KlingApiClient"), "Kling", "V1", "Videos", "Avatar", "Image2video");

    [SkippableFact]
    public void Root_client_takes_a_request_adapter()
    {
        var shape = Client();
        var root = shape.Type($"{Ns}.KlingApiClient");

        Assert.Equal(Accessibility.Public, root.DeclaredAccessibility);
        Assert.True(Shape.DerivesFrom(root, "Microsoft.Kiota.Abstractions.BaseRequestBuilder"));
        Assert.Contains(root.InstanceConstructors, c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 1
            && c.Parameters[0].Type.ToDisplayString() == "Microsoft.Kiota.Abstractions.IRequestAdapter");
    }

    [SkippableFact]
    public void Create_avatar_task_is_a_post_on_image2video()
    {
        var shape = Client();
        var post = Shape.Method(Image2Video(shape), "PostAsync");

        Assert.Equal("Task<KlingTaskResponse?>", Shape.Display(post.ReturnType));
        Assert.Equal(3, post.Parameters.Length);
        Assert.Equal("AvatarImage2VideoRequest", Shape.Display(post.Parameters[0].Type));
        Assert.Equal("Action<RequestConfiguration<DefaultQueryParameters>>?", Shape.Display(post.Parameters[1].Type));
        Assert.True(post.Parameters[1].IsOptional);
        Assert.Equal("CancellationToken", Shape.Display(post.Parameters[2].Type));
        Assert.True(post.Parameters[2].IsOptional);
    }

    [SkippableFact]
    public void List_avatar_tasks_is_a_get_with_paging_query_parameters()
    {
        var shape = Client();
        var get = Shape.Method(Image2Video(shape), "GetAsync");

        Assert.Equal("Task<KlingTaskListResponse?>", Shape.Display(get.ReturnType));
        var config = (INamedTypeSymbol)get.Parameters[0].Type;
        var queryType = (INamedTypeSymbol)((INamedTypeSymbol)config.TypeArguments[0]).TypeArguments[0];
        Shape.AssertProperty(queryType, "PageNum", "int?");
        Shape.AssertProperty(queryType, "PageSize", "int?");
    }

    [SkippableFact]
    public void One_task_is_reached_through_the_indexer()
    {
        var shape = Client();
        var item = shape.Navigate(Image2Video(shape), "[]");

        Assert.Equal("Task<KlingTaskResponse?>", Shape.Display(Shape.Method(item, "GetAsync").ReturnType));
        Assert.True(Shape.Method(item, "ToGetRequestInformation").ReturnType.Name == "RequestInformation");
    }

    [SkippableFact]
    public void Text_to_speech_is_a_post_on_audio_tts()
    {
        var shape = Client();
        var tts = shape.Navigate(shape.Type($"{Ns}.KlingApiClient"), "Kling", "V1", "Audio", "Tts");
        var post = Shape.Method(tts, "PostAsync");

        Assert.Equal("TextToSpeechRequest", Shape.Display(post.Parameters[0].Type));
        Assert.Equal("Task<KlingTaskResponse?>", Shape.Display(post.ReturnType));
    }

    [SkippableFact]
    public void Every_operation_has_a_request_information_method_and_builders_have_WithUrl()
    {
        var shape = Client();
        var builders = shape.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => Shape.DerivesFrom(t, "Microsoft.Kiota.Abstractions.BaseRequestBuilder")).ToList();
        Assert.NotEmpty(builders);

        foreach (var builder in builders)
        {
            foreach (var operation in builder.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name.EndsWith("Async") && m.DeclaredAccessibility == Accessibility.Public))
            {
                var verb = operation.Name[..^"Async".Length];
                Assert.Contains(builder.GetMembers($"To{verb}RequestInformation"), m => m is IMethodSymbol);
            }

            if (builder.Name != "KlingApiClient")
            {
                var withUrl = Shape.Method(builder, "WithUrl");
                Assert.Equal("string", Shape.Display(withUrl.Parameters.Single().Type));
                Assert.Equal(builder.Name, withUrl.ReturnType.Name);
            }
        }
    }

    [SkippableTheory]
    [InlineData("AvatarImage2VideoRequest", "Image:string?", "AudioId:string?", "SoundFile:string?", "Prompt:string?", "Mode:string?", "CallbackUrl:string?", "ExternalTaskId:string?", "WatermarkInfo:KlingWatermarkInfo?")]
    [InlineData("KlingTaskResponse", "Code:int?", "Message:string?", "RequestId:string?", "Data:KlingTask?")]
    [InlineData("KlingTaskListResponse", "Code:int?", "Message:string?", "RequestId:string?", "Data:List<KlingTask>?")]
    [InlineData("KlingTask", "TaskId:string?", "TaskStatus:KlingTaskStatus?", "TaskStatusMsg:string?", "CreatedAt:long?", "UpdatedAt:long?", "TaskInfo:KlingTaskInfo?", "TaskResult:KlingTaskResult?")]
    [InlineData("KlingTaskResult", "Videos:List<KlingVideo>?", "Audios:List<KlingAudio>?")]
    [InlineData("KlingVideo", "Id:string?", "Url:string?", "WatermarkUrl:string?", "Duration:string?")]
    [InlineData("KlingAudio", "Id:string?", "Url:string?", "Duration:string?")]
    [InlineData("KlingTaskInfo", "ExternalTaskId:string?")]
    [InlineData("KlingWatermarkInfo", "Enabled:bool?")]
    [InlineData("TextToSpeechRequest", "Text:string?", "VoiceId:string?", "VoiceLanguage:string?", "VoiceSpeed:double?")]
    [InlineData("KlingError", "Code:int?", "MessageEscaped:string?", "RequestId:string?", "Error:GatewayError?")]
    [InlineData("GatewayError", "Message:string?", "Type:string?", "Param:string?", "Code:string?")]
    public void Model_has_the_contracted_members(string model, params string[] members)
    {
        var shape = Client();
        var type = shape.Type($"{Models}.{model}");

        Assert.Equal(Accessibility.Public, type.DeclaredAccessibility);
        Assert.True(Shape.IsPartial(type), $"{model} is not partial");
        Assert.True(Shape.Implements(type, "Microsoft.Kiota.Abstractions.Serialization.IParsable"), $"{model} is not IParsable");
        Assert.True(Shape.Implements(type, "Microsoft.Kiota.Abstractions.Serialization.IAdditionalDataHolder"), $"{model} is not IAdditionalDataHolder");
        var factory = Shape.Method(type, "CreateFromDiscriminatorValue");
        Assert.True(factory.IsStatic);
        Assert.Equal(model, factory.ReturnType.Name);
        Shape.Method(type, "GetFieldDeserializers");
        Shape.Method(type, "Serialize");
        foreach (var member in members)
        {
            var parts = member.Split(':');
            Shape.AssertProperty(type, parts[0], parts[1]);
        }
    }

    [SkippableFact]
    public void Task_status_is_an_enum_with_wire_names()
    {
        var shape = Client();
        var status = shape.Type($"{Models}.KlingTaskStatus");

        Assert.Equal(TypeKind.Enum, status.TypeKind);
        var wire = status.GetMembers().OfType<IFieldSymbol>()
            .ToDictionary(f => f.Name, f => Shape.Attribute(f, "EnumMember")?.NamedArguments.SingleOrDefault(a => a.Key == "Value").Value.Value as string);
        Assert.Equal("submitted", wire["Submitted"]);
        Assert.Equal("processing", wire["Processing"]);
        Assert.Equal("succeed", wire["Succeed"]);
        Assert.Equal("failed", wire["Failed"]);
    }

    [SkippableFact]
    public void Error_model_is_an_api_exception_with_an_escaped_message()
    {
        var shape = Client();
        var error = shape.Type($"{Models}.KlingError");

        Assert.True(Shape.DerivesFrom(error, "Microsoft.Kiota.Abstractions.ApiException"));
        var message = error.GetMembers("Message").OfType<IPropertySymbol>().SingleOrDefault();
        Assert.True(message is { IsOverride: true }, "KlingError does not override Exception.Message");
    }

    [SkippableFact]
    public void Constraint_support_types_are_emitted()
    {
        var shape = Client();

        var exactlyOneOf = shape.Type("KlingGen.Constraints.ExactlyOneOfAttribute");
        var usage = Shape.Attribute(exactlyOneOf, "AttributeUsage");
        Assert.NotNull(usage);
        Assert.Contains(usage!.NamedArguments, a => a.Key == "AllowMultiple" && (bool)a.Value.Value! == true);
        Shape.AssertProperty(exactlyOneOf, "MemberNames", "string[]");
        Shape.AssertProperty(shape.Type("KlingGen.Constraints.KnownValuesAttribute"), "Values", "string[]");
        Shape.AssertProperty(shape.Type("KlingGen.Constraints.Base64ContentAttribute"), "AllowsUrl", "bool");
        Shape.AssertProperty(shape.Type("KlingGen.Constraints.SecretAttribute"), "EnvironmentVariable", "string?");

        var violation = shape.Type("KlingGen.Constraints.ConstraintViolation");
        Assert.True(violation.IsSealed);
        foreach (var name in new[] { "Field", "Member", "Rule", "Message" })
        {
            Shape.AssertProperty(violation, name, "string");
        }

        var exception = shape.Type("KlingGen.Constraints.RequestValidationException");
        Assert.True(Shape.DerivesFrom(exception, "System.ArgumentException"));
        Shape.AssertProperty(exception, "Violations", "IReadOnlyList<ConstraintViolation>");
    }

    [SkippableFact]
    public void Avatar_request_carries_its_constraints_as_attributes()
    {
        var shape = Client();
        var request = shape.Type($"{Models}.AvatarImage2VideoRequest");

        var group = Shape.Attribute(request, "ExactlyOneOf");
        Assert.NotNull(group);
        Assert.Equal(["AudioId", "SoundFile"], Shape.StringArguments(group!).Order());

        var image = Shape.Property(request, "Image");
        Assert.NotNull(Shape.Attribute(image, "Required"));
        Assert.Equal(["1"], Shape.StringArguments(Shape.Attribute(image, "MinLength")!));
        var base64 = Shape.Attribute(image, "Base64Content");
        Assert.NotNull(base64);
        Assert.Contains(base64!.NamedArguments, a => a.Key == "AllowsUrl" && (bool)a.Value.Value! == true);
        Assert.NotNull(Shape.Attribute(Shape.Property(request, "SoundFile"), "Base64Content"));

        Assert.Equal(["2500"], Shape.StringArguments(Shape.Attribute(Shape.Property(request, "Prompt"), "MaxLength")!));
        Assert.Equal(["pro", "std"], Shape.StringArguments(Shape.Attribute(Shape.Property(request, "Mode"), "KnownValues")!).Order());
        Assert.NotNull(Shape.Attribute(Shape.Property(request, "CallbackUrl"), "Url"));

        Assert.Equal("IReadOnlyList<ConstraintViolation>", Shape.Display(Shape.Method(request, "GetConstraintViolations").ReturnType));
        Assert.Equal("bool", Shape.Display(Shape.Method(request, "TryValidate").ReturnType));
        Assert.Equal("void", Shape.Display(Shape.Method(request, "Validate").ReturnType));
    }

    [SkippableFact]
    public void Speech_request_carries_its_constraints_as_attributes()
    {
        var shape = Client();
        var request = shape.Type($"{Models}.TextToSpeechRequest");

        var text = Shape.Property(request, "Text");
        Assert.NotNull(Shape.Attribute(text, "Required"));
        Assert.Equal(["1000"], Shape.StringArguments(Shape.Attribute(text, "MaxLength")!));
        Assert.NotNull(Shape.Attribute(Shape.Property(request, "VoiceId"), "Required"));
        Assert.Equal(["en", "zh"], Shape.StringArguments(Shape.Attribute(Shape.Property(request, "VoiceLanguage"), "KnownValues")!).Order());
        var range = Shape.Attribute(Shape.Property(request, "VoiceSpeed"), "Range");
        Assert.NotNull(range);
        Assert.Equal(["0.8", "2"], range!.ConstructorArguments.Select(a => System.Convert.ToDouble(a.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
