using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>Each feature spec maps to the C# shape a Kiota user expects.</summary>
public sealed class FeatureShapeTests
{
    private static Shape For(string spec)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        return new Shape(GeneratedClients.For(spec).OutputCompilation);
    }

    private static INamedTypeSymbol Root(Shape shape, string spec) =>
        shape.Type($"{SpecCatalog.NamespaceOf(spec)}.{SpecCatalog.ClientNameOf(spec)}");

    private static INamedTypeSymbol Model(Shape shape, string spec, string name) =>
        shape.Type($"{SpecCatalog.NamespaceOf(spec)}.Models.{name}");

    [SkippableFact]
    public void Formats_map_to_kiota_primitive_types()
    {
        var shape = For("formats.yaml");
        var sample = Model(shape, "formats.yaml", "Sample");

        Shape.AssertProperty(sample, "PlainInteger", "int?");
        Shape.AssertProperty(sample, "Int32Value", "int?");
        Shape.AssertProperty(sample, "Int64Value", "long?");
        Shape.AssertProperty(sample, "PlainNumber", "double?");
        Shape.AssertProperty(sample, "FloatValue", "float?");
        Shape.AssertProperty(sample, "DoubleValue", "double?");
        Shape.AssertProperty(sample, "Flag", "bool?");
        Shape.AssertProperty(sample, "Moment", "DateTimeOffset?");
        Shape.AssertProperty(sample, "Day", "Date?");
        Shape.AssertProperty(sample, "Identifier", "Guid?");
        Shape.AssertProperty(sample, "Payload", "byte[]?");
        Shape.AssertProperty(sample, "Blob", "byte[]?");
        Shape.AssertProperty(sample, "Link", "string?");
        Shape.AssertProperty(sample, "Mail", "string?");
    }

    [SkippableFact]
    public void Nullable_members_stay_nullable()
    {
        var profile = Model(For("nullable.yaml"), "nullable.yaml", "Profile");

        Shape.AssertProperty(profile, "Nickname", "string?");
        Shape.AssertProperty(profile, "Age", "int?");
        Shape.AssertProperty(profile, "Score", "double?");
        Shape.AssertProperty(profile, "Verified", "bool?");
        Shape.AssertProperty(profile, "LastSeen", "DateTimeOffset?");
        Shape.AssertProperty(profile, "Address", "Address?");
        Shape.AssertProperty(profile, "Aliases", "List<string>?");
    }

    [SkippableFact]
    public void OpenApi_31_type_arrays_with_null_become_nullable_members()
    {
        var gadget = Model(For("openapi-31.yaml"), "openapi-31.yaml", "Gadget");

        Shape.AssertProperty(gadget, "WeightGrams", "int?");
        Shape.AssertProperty(gadget, "Price", "double?");
        Shape.AssertProperty(gadget, "Label", "string?");
        Shape.AssertProperty(gadget, "Status", "GadgetStatus?");
        Shape.AssertProperty(gadget, "Dimensions", "Dimensions?");
        Shape.AssertProperty(gadget, "Tags", "List<string>?");
    }

    [SkippableFact]
    public void Arrays_of_primitives_objects_and_enums_become_lists()
    {
        var shape = For("arrays.yaml");
        var collections = Model(shape, "arrays.yaml", "Collections");

        Shape.AssertProperty(collections, "Words", "List<string>?");
        Shape.AssertProperty(collections, "Counts", "List<int?>?");
        Shape.AssertProperty(collections, "BigCounts", "List<long?>?");
        Shape.AssertProperty(collections, "Ratios", "List<double?>?");
        Shape.AssertProperty(collections, "Flags", "List<bool?>?");
        Shape.AssertProperty(collections, "Stamps", "List<DateTimeOffset?>?");
        Shape.AssertProperty(collections, "Ids", "List<Guid?>?");
        Shape.AssertProperty(collections, "Items", "List<Item>?");
        Shape.AssertProperty(collections, "Colours", "List<Colour?>?");

        var root = Root(shape, "arrays.yaml");
        Assert.Equal("Task<List<string>?>", Shape.Display(Shape.Method(shape.Navigate(root, "Collections", "Names"), "GetAsync").ReturnType));
        Assert.Equal("Task<List<Item>?>", Shape.Display(Shape.Method(shape.Navigate(root, "Collections", "Items"), "GetAsync").ReturnType));
        Assert.Equal("List<Item>", Shape.Display(Shape.Method(shape.Navigate(root, "Collections", "Items"), "PutAsync").Parameters[0].Type));
    }

    [SkippableFact]
    public void Enums_keep_wire_names_that_are_not_valid_identifiers()
    {
        var visibility = Model(For("enums.yaml"), "enums.yaml", "Visibility");

        Assert.Equal(TypeKind.Enum, visibility.TypeKind);
        var wire = visibility.GetMembers().OfType<IFieldSymbol>()
            .Select(f => Shape.Attribute(f, "EnumMember")?.NamedArguments.SingleOrDefault(a => a.Key == "Value").Value.Value as string)
            .OfType<string>()
            .ToHashSet();
        Assert.Superset(new[] { "public", "private", "internal-only", "two words", "2fa_required", "UPPER_CASE", "camelCase" }.ToHashSet(), wire);
        Assert.All(visibility.GetMembers().OfType<IFieldSymbol>(), f => Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(f.Name)));
    }

    [SkippableFact]
    public void AllOf_becomes_inheritance()
    {
        var shape = For("allof-inheritance.yaml");
        var vehicle = Model(shape, "allof-inheritance.yaml", "Vehicle");
        var car = Model(shape, "allof-inheritance.yaml", "Car");
        var electric = Model(shape, "allof-inheritance.yaml", "ElectricCar");
        var truck = Model(shape, "allof-inheritance.yaml", "Truck");

        Assert.Equal(vehicle, car.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(vehicle, truck.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(car, electric.BaseType, SymbolEqualityComparer.Default);
        Shape.AssertProperty(electric, "BatteryKwh", "float?");
        Shape.AssertProperty(electric, "Seats", "int?");
        Shape.AssertProperty(electric, "Wheels", "int?");
        Assert.Empty(car.GetMembers("Wheels"));
    }

    [SkippableFact]
    public void OneOf_and_anyOf_produce_a_type_for_each_composition()
    {
        var shape = For("polymorphism.yaml");
        foreach (var name in new[] { "Shape", "Circle", "Rectangle", "PaymentMethod", "Card", "BankTransfer", "SearchHit", "UserHit", "DocumentHit" })
        {
            var type = Model(shape, "polymorphism.yaml", name);
            Assert.True(Shape.Implements(type, "Microsoft.Kiota.Abstractions.Serialization.IParsable"), $"{name} is not IParsable");
        }

        Assert.Equal("Task<Shape?>", Shape.Display(Shape.Method(shape.Navigate(Root(shape, "polymorphism.yaml"), "Shapes"), "PostAsync").ReturnType));
    }

    [SkippableFact]
    public void Several_verbs_on_one_path_share_a_builder()
    {
        var shape = For("http-methods.yaml");
        var notes = shape.Navigate(Root(shape, "http-methods.yaml"), "Notes");
        var note = shape.Navigate(notes, "[]");

        Assert.Equal("Task<List<Note>?>", Shape.Display(Shape.Method(notes, "GetAsync").ReturnType));
        Assert.Equal("Task<Note?>", Shape.Display(Shape.Method(notes, "PostAsync").ReturnType));
        Assert.Equal("Task<Note?>", Shape.Display(Shape.Method(note, "GetAsync").ReturnType));
        Assert.Equal("Task<Note?>", Shape.Display(Shape.Method(note, "PutAsync").ReturnType));
        Assert.Equal("NotePatch", Shape.Display(Shape.Method(note, "PatchAsync").Parameters[0].Type));
        Assert.Equal("Task", Shape.Display(Shape.Method(note, "DeleteAsync").ReturnType));
    }

    [SkippableFact]
    public void Binary_bodies_are_streams_and_no_content_returns_a_plain_task()
    {
        var shape = For("binary-and-no-content.yaml");
        var file = shape.Navigate(Root(shape, "binary-and-no-content.yaml"), "Files", "[]");

        Assert.Equal("Task<Stream?>", Shape.Display(Shape.Method(file, "GetAsync").ReturnType));
        Assert.Equal("Stream", Shape.Display(Shape.Method(file, "PutAsync").Parameters[0].Type));
        Assert.Equal("Task", Shape.Display(Shape.Method(file, "PutAsync").ReturnType));
        Assert.Equal("Task", Shape.Display(Shape.Method(file, "DeleteAsync").ReturnType));
        Assert.Equal("Task<Stream?>", Shape.Display(Shape.Method(shape.Navigate(file, "Preview"), "GetAsync").ReturnType));
    }

    [SkippableFact]
    public void Path_and_query_parameters_are_typed()
    {
        var shape = For("parameters.yaml");
        var events = shape.Navigate(Root(shape, "parameters.yaml"), "Accounts", "[]", "Events");
        var one = shape.Navigate(events, "[]");

        var get = Shape.Method(one, "GetAsync");
        var query = (INamedTypeSymbol)((INamedTypeSymbol)((INamedTypeSymbol)get.Parameters[0].Type).TypeArguments[0]).TypeArguments[0];
        Shape.AssertProperty(query, "Expand", "bool?");
        Shape.AssertProperty(query, "Fields", "string?");
        Shape.AssertProperty(query, "Since", "DateTimeOffset?");
        var wireNames = query.GetMembers().OfType<IPropertySymbol>()
            .Select(p => Shape.Attribute(p, "QueryParameter")).Where(a => a is not null).SelectMany(a => Shape.StringArguments(a!)).ToList();
        Assert.Contains("page%5Bsize%5D", wireNames);

        var list = Shape.Method(events, "GetAsync");
        var listQuery = (INamedTypeSymbol)((INamedTypeSymbol)((INamedTypeSymbol)list.Parameters[0].Type).TypeArguments[0]).TypeArguments[0];
        Shape.AssertProperty(listQuery, "Limit", "int?");
        Shape.AssertProperty(listQuery, "Cursor", "string?");
    }

    [SkippableFact]
    public void Error_bodies_become_api_exceptions()
    {
        var shape = For("error-responses.yaml");
        foreach (var name in new[] { "Problem", "ValidationProblem", "ServerFault" })
        {
            Assert.True(Shape.DerivesFrom(Model(shape, "error-responses.yaml", name), "Microsoft.Kiota.Abstractions.ApiException"), $"{name} is not an ApiException");
        }

        var problem = Model(shape, "error-responses.yaml", "Problem");
        Shape.AssertProperty(problem, "MessageEscaped", "string?");
        Shape.AssertProperty(problem, "Status", "int?");
    }

    [SkippableFact]
    public void Components_referenced_everywhere_are_generated_once()
    {
        var shape = For("refs-components.yaml");
        var book = Model(shape, "refs-components.yaml", "Book");
        Shape.AssertProperty(book, "Author", "Author?");
        Shape.AssertProperty(Model(shape, "refs-components.yaml", "Shelf"), "Neighbour", "Shelf?");
        var books = shape.Navigate(Root(shape, "refs-components.yaml"), "Libraries", "[]", "Books");
        Assert.Equal("Task<BookPage?>", Shape.Display(Shape.Method(books, "GetAsync").ReturnType));
        Assert.Equal("BookDraft", Shape.Display(Shape.Method(books, "PostAsync").Parameters[0].Type));
        Assert.Single(shape.Compilation.GetSymbolsWithName("Author", SymbolFilter.Type));
    }

    [SkippableFact]
    public void Nested_inline_objects_get_their_own_types()
    {
        var shape = For("nested-inline-objects.yaml");
        var order = Model(shape, "nested-inline-objects.yaml", "Order");
        var totals = (INamedTypeSymbol)Shape.Property(order, "Totals").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        Shape.AssertProperty(totals, "Net", "double?");
        var shipping = (INamedTypeSymbol)Shape.Property(order, "Shipping").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var tracking = (INamedTypeSymbol)Shape.Property(shipping, "Tracking").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        Shape.AssertProperty(tracking, "Number", "string?");

        var post = Shape.Method(shape.Navigate(Root(shape, "nested-inline-objects.yaml"), "Orders"), "PostAsync");
        var body = (INamedTypeSymbol)post.Parameters[0].Type;
        var customer = (INamedTypeSymbol)Shape.Property(body, "Customer").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var address = (INamedTypeSymbol)Shape.Property(customer, "Address").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var geo = (INamedTypeSymbol)Shape.Property(address, "Geo").Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        Shape.AssertProperty(geo, "Lat", "double?");
    }

    [SkippableFact]
    public void Json_document_generates_like_yaml()
    {
        var shape = For("json-format.json");
        var forecast = Model(shape, "json-format.json", "Forecast");
        Shape.AssertProperty(forecast, "Days", "List<DayForecast>?");
        Shape.AssertProperty(Model(shape, "json-format.json", "DayForecast"), "Date", "Date?");
        var get = Shape.Method(shape.Navigate(Root(shape, "json-format.json"), "Weather", "[]"), "GetAsync");
        Assert.Equal("Task<Forecast?>", Shape.Display(get.ReturnType));
    }

    [SkippableFact]
    public void Petstore_navigation_reads_like_the_paths()
    {
        var shape = For("petstore.yaml");
        var root = Root(shape, "petstore.yaml");
        Assert.Equal("Task<List<Animal>?>", Shape.Display(Shape.Method(shape.Navigate(root, "Animals"), "GetAsync").ReturnType));
        Assert.Equal("Task<List<Animal>?>", Shape.Display(Shape.Method(shape.Navigate(root, "Animals", "FindByLabels"), "GetAsync").ReturnType));
        Assert.Equal("Task<UploadReceipt?>", Shape.Display(Shape.Method(shape.Navigate(root, "Animals", "[]", "Photo"), "PostAsync").ReturnType));
        Assert.Equal("Task", Shape.Display(Shape.Method(shape.Navigate(root, "Customers", "[]"), "DeleteAsync").ReturnType));
    }

    [SkippableFact]
    public void Large_rest_api_generates_one_method_per_operation()
    {
        var shape = For("github-rest.yaml");
        var ns = SpecCatalog.NamespaceOf("github-rest.yaml");
        string[] verbs = ["GetAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "HeadAsync"];
        var operations = shape.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString().StartsWith(ns) && Shape.DerivesFrom(t, "Microsoft.Kiota.Abstractions.BaseRequestBuilder"))
            .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>().Where(m => verbs.Contains(m.Name)))
            .Count();
        Assert.Equal(70, operations);

        var root = Root(shape, "github-rest.yaml");
        var issue = shape.Navigate(root, "Repos", "[]", "[]", "Issues", "[]");
        Assert.Equal("Task<Issue?>", Shape.Display(Shape.Method(issue, "PatchAsync").ReturnType));
        Assert.Equal("Task<List<IssueComment>?>", Shape.Display(Shape.Method(shape.Navigate(issue, "Comments"), "GetAsync").ReturnType));
        Assert.True(Shape.DerivesFrom(Model(shape, "github-rest.yaml", "PullRequest"), $"{ns}.Models.PullRequestSimple"));
    }

    private static string Remarks(ISymbol symbol) =>
        System.Xml.Linq.XElement.Parse(symbol.GetDocumentationCommentXml() is { Length: > 0 } xml ? xml : "<member/>").Element("remarks")?.Value ?? "";

    [SkippableFact]
    public void Deprecated_items_are_flagged()
    {
        var shape = For("deprecated.yaml");
        var reports = shape.Navigate(Root(shape, "deprecated.yaml"), "Reports");
        var export = shape.Navigate(reports, "Export");

        // Deprecated operations are documented and marked [Obsolete] on the executor and its request-information method.
        Assert.Contains("deprecated", Remarks(Shape.Method(export, "PostAsync")), System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("deprecated", Remarks(Shape.Method(reports, "GetAsync")), System.StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Shape.Attribute(Shape.Method(export, "PostAsync"), "Obsolete"));
        Assert.NotNull(Shape.Attribute(Shape.Method(export, "ToPostRequestInformation"), "Obsolete"));
        Assert.Null(Shape.Attribute(Shape.Method(reports, "GetAsync"), "Obsolete"));
        Assert.Null(Shape.Attribute(Shape.Method(reports, "ToGetRequestInformation"), "Obsolete"));
        Assert.NotNull(Shape.Attribute(Shape.Property(Model(shape, "deprecated.yaml", "Report"), "OldTitle"), "Obsolete"));
        Assert.Null(Shape.Attribute(Shape.Property(Model(shape, "deprecated.yaml", "Report"), "Title"), "Obsolete"));
    }
}
