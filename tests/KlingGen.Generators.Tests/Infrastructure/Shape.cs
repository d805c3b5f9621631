using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Sdk;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>Reads the public shape of the generated client from the compilation's symbols.</summary>
public sealed class Shape(Compilation compilation)
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public Compilation Compilation { get; } = compilation;

    public static string Display(ITypeSymbol type) => type.ToDisplayString(Format);

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new XunitException($"Type {metadataName} was not generated.");

    /// <summary>Follows properties (and <c>[]</c> for an indexer) from <paramref name="start"/>, as user code would.</summary>
    public INamedTypeSymbol Navigate(INamedTypeSymbol start, params string[] path)
    {
        var current = start;
        var walked = start.Name;
        foreach (var step in path)
        {
            ITypeSymbol? next = step == "[]"
                ? AllMembers(current).OfType<IPropertySymbol>().FirstOrDefault(p => p.IsIndexer && p.Parameters[0].Type.SpecialType == SpecialType.System_String)?.Type
                  ?? AllMembers(current).OfType<IPropertySymbol>().FirstOrDefault(p => p.IsIndexer)?.Type
                : AllMembers(current).OfType<IPropertySymbol>().FirstOrDefault(p => p.Name == step && !p.IsIndexer)?.Type;
            walked += step == "[]" ? "[]" : "." + step;
            current = next as INamedTypeSymbol ?? throw new XunitException($"Cannot navigate {walked}: no such member on {current.ToDisplayString()}.");
        }

        return current;
    }

    public static IMethodSymbol Method(INamedTypeSymbol type, string name) =>
        AllMembers(type).OfType<IMethodSymbol>().FirstOrDefault(m => m.Name == name)
        ?? throw new XunitException($"{type.ToDisplayString()} has no method {name}; it has: {string.Join(", ", type.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).Distinct())}");

    public static IPropertySymbol Property(INamedTypeSymbol type, string name) =>
        AllMembers(type).OfType<IPropertySymbol>().FirstOrDefault(p => p.Name == name && !p.IsIndexer)
        ?? throw new XunitException($"{type.ToDisplayString()} has no property {name}; it has: {string.Join(", ", AllMembers(type).OfType<IPropertySymbol>().Select(p => p.Name))}");

    public static void AssertProperty(INamedTypeSymbol type, string name, string expectedType) =>
        Assert.True(Display(Property(type, name).Type) == expectedType,
            $"{type.Name}.{name} is {Display(Property(type, name).Type)}, expected {expectedType}");

    public static bool DerivesFrom(INamedTypeSymbol type, string baseMetadataName)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == baseMetadataName)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Implements(INamedTypeSymbol type, string interfaceName) =>
        type.AllInterfaces.Any(i => i.ToDisplayString() == interfaceName);

    public static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.Text == "partial"));

    public static AttributeData? Attribute(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == attributeName || a.AttributeClass?.Name == attributeName + "Attribute");

    public static string[] StringArguments(AttributeData attribute) =>
        attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : [a])
            .Select(v => v.Value?.ToString() ?? "").ToArray();

    private static System.Collections.Generic.IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                yield return member;
            }
        }
    }
}
