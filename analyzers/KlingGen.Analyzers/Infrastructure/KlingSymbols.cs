using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>
/// The constraint attribute types of one compilation, resolved once and shared by every rule,
/// with per-type and per-member caches of the constraints read from them.
/// </summary>
internal sealed class KlingSymbols
{
    private const string ConstraintsNamespace = "KlingGen.Constraints.";

    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private readonly Dictionary<INamedTypeSymbol, ConstraintAttributeKind> _attributeKinds;
    private readonly IAssemblySymbol[] _candidateAssemblies;
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeConstraints> _typeConstraints = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, MemberConstraints> _memberConstraints = new(SymbolEqualityComparer.Default);

    private KlingSymbols(Dictionary<INamedTypeSymbol, ConstraintAttributeKind> attributeKinds, IAssemblySymbol[] candidateAssemblies)
    {
        _attributeKinds = attributeKinds;
        _candidateAssemblies = candidateAssemblies;
    }

    /// <summary>
    /// Returns the symbols of <paramref name="compilation"/>, or null when it does not see KlingGen's
    /// constraint attributes (then no rule has anything to do).
    /// </summary>
    public static KlingSymbols? TryGet(Compilation compilation) =>
        Cache.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    private static KlingSymbols? Create(Compilation compilation)
    {
        // Looking a type up in every referenced assembly makes the compiler load the type tables of the whole
        // framework; KlingGen's attributes are never defined there, so framework assemblies are skipped.
        var kinds = new Dictionary<INamedTypeSymbol, ConstraintAttributeKind>(SymbolEqualityComparer.Default);
        foreach (var assembly in AssembliesThatMayDefineAttributes(compilation))
        {
            Add(assembly, kinds, ConstraintsNamespace + "ExactlyOneOfAttribute", ConstraintAttributeKind.ExactlyOneOf);
            Add(assembly, kinds, ConstraintsNamespace + "KnownValuesAttribute", ConstraintAttributeKind.KnownValues);
            Add(assembly, kinds, ConstraintsNamespace + "Base64ContentAttribute", ConstraintAttributeKind.Base64Content);
            Add(assembly, kinds, ConstraintsNamespace + "SecretAttribute", ConstraintAttributeKind.Secret);
        }

        return kinds.Count == 0 ? null : new KlingSymbols(kinds, FindCandidateAssemblies(compilation, kinds.Keys));
    }

    private static IEnumerable<IAssemblySymbol> AssembliesThatMayDefineAttributes(Compilation compilation)
    {
        yield return compilation.Assembly;
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !FrameworkAssemblies.IsFramework(assembly))
            {
                yield return assembly;
            }
        }
    }

    private static void Add(IAssemblySymbol assembly, Dictionary<INamedTypeSymbol, ConstraintAttributeKind> kinds, string metadataName, ConstraintAttributeKind kind)
    {
        if (assembly.GetTypeByMetadataName(metadataName) is { } type)
        {
            kinds[type] = kind;
        }
    }

    // Only assemblies that define or reference KlingGen's attributes can declare constrained members; knowing
    // them lets every rule skip the (very common) calls and assignments into the framework at once.
    private static IAssemblySymbol[] FindCandidateAssemblies(Compilation compilation, IEnumerable<INamedTypeSymbol> attributeTypes)
    {
        var defining = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var type in attributeTypes)
        {
            defining.Add(type.ContainingAssembly);
        }

        var candidates = new List<IAssemblySymbol> { compilation.Assembly };
        foreach (var assembly in defining)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            {
                candidates.Add(assembly);
            }
        }

        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly
                || FrameworkAssemblies.IsFramework(assembly)
                || candidates.Contains(assembly))
            {
                continue;
            }

            foreach (var module in assembly.Modules)
            {
                if (module.ReferencedAssemblySymbols.Any(defining.Contains))
                {
                    candidates.Add(assembly);
                    break;
                }
            }
        }

        return candidates.ToArray();
    }

    /// <summary>False for symbols of assemblies that cannot carry KlingGen constraints (a cheap first filter).</summary>
    public bool MayHaveConstraints(ISymbol symbol)
    {
        var assembly = symbol.ContainingAssembly;
        foreach (var candidate in _candidateAssemblies)
        {
            if (ReferenceEquals(candidate, assembly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The object-level constraints of <paramref name="type"/> (including its base types).</summary>
    public TypeConstraints GetTypeConstraints(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Class || !MayHaveConstraints(named))
        {
            return TypeConstraints.None;
        }

        return _typeConstraints.GetOrAdd(named.OriginalDefinition, ReadTypeConstraints);
    }

    /// <summary>The constraints declared on a property or parameter.</summary>
    public MemberConstraints GetMemberConstraints(ISymbol? member)
    {
        if (member is not (IPropertySymbol or IParameterSymbol) || !MayHaveConstraints(member))
        {
            return MemberConstraints.None;
        }

        return _memberConstraints.GetOrAdd(member.OriginalDefinition, ReadMemberConstraints);
    }

    private TypeConstraints ReadTypeConstraints(INamedTypeSymbol type)
    {
        var groups = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var required = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (KindOf(attribute) == ConstraintAttributeKind.ExactlyOneOf)
                {
                    var names = ReadStrings(attribute);
                    if (names.Length > 1)
                    {
                        groups.Add(names);
                    }
                }
            }

            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Parameters.Length: 0 } property
                    && seen.Add(property.Name)
                    && GetMemberConstraints(property).IsRequired)
                {
                    required.Add(property.Name);
                }
            }
        }

        return groups.Count == 0 && required.Count == 0
            ? TypeConstraints.None
            : new TypeConstraints(groups.ToImmutable(), required.ToImmutable());
    }

    private MemberConstraints ReadMemberConstraints(ISymbol member)
    {
        MemberConstraints? result = null;
        foreach (var attribute in member.GetAttributes())
        {
            var kind = KindOf(attribute);
            if (kind is null)
            {
                continue;
            }

            result ??= new MemberConstraints();
            switch (kind.Value)
            {
                case ConstraintAttributeKind.KnownValues:
                    result.KnownValues = ReadStrings(attribute);
                    break;
                case ConstraintAttributeKind.Base64Content:
                    result.IsBase64 = true;
                    break;
                case ConstraintAttributeKind.Secret:
                    result.IsSecret = true;
                    result.SecretVariable = ReadNamedString(attribute, "EnvironmentVariable");
                    break;
                case ConstraintAttributeKind.Required:
                    result.IsRequired = true;
                    break;
                case ConstraintAttributeKind.MaxLength:
                    result.MaxLength = ReadInt(attribute, 0) is int max && max >= 0 ? max : result.MaxLength;
                    break;
                case ConstraintAttributeKind.MinLength:
                    result.MinLength = ReadInt(attribute, 0) ?? result.MinLength;
                    break;
                case ConstraintAttributeKind.StringLength:
                    result.MaxLength = ReadInt(attribute, 0) ?? result.MaxLength;
                    result.MinLength = ReadNamedInt(attribute, "MinimumLength") ?? result.MinLength;
                    break;
                case ConstraintAttributeKind.Length:
                    result.MinLength = ReadInt(attribute, 0) ?? result.MinLength;
                    result.MaxLength = ReadInt(attribute, 1) ?? result.MaxLength;
                    break;
                case ConstraintAttributeKind.RegularExpression:
                    result.Pattern = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                    break;
                case ConstraintAttributeKind.Url:
                    result.IsUrl = true;
                    break;
            }
        }

        return result is null || result.IsEmpty ? MemberConstraints.None : result;
    }

    private ConstraintAttributeKind? KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type)
        {
            return null;
        }

        if (_attributeKinds.TryGetValue(type, out var kind))
        {
            return kind;
        }

        // DataAnnotations attributes are recognised by name, so their (framework) assembly is never searched.
        if (!IsDataAnnotationsNamespace(type.ContainingNamespace))
        {
            return null;
        }

        return type.Name switch
        {
            "RequiredAttribute" => ConstraintAttributeKind.Required,
            "MaxLengthAttribute" => ConstraintAttributeKind.MaxLength,
            "MinLengthAttribute" => ConstraintAttributeKind.MinLength,
            "StringLengthAttribute" => ConstraintAttributeKind.StringLength,
            "LengthAttribute" => ConstraintAttributeKind.Length,
            "RegularExpressionAttribute" => ConstraintAttributeKind.RegularExpression,
            "UrlAttribute" => ConstraintAttributeKind.Url,
            _ => null,
        };
    }

    private static bool IsDataAnnotationsNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "DataAnnotations", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    private static ImmutableArray<string> ReadStrings(AttributeData attribute)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                foreach (var item in argument.Values)
                {
                    if (item.Value is string text)
                    {
                        builder.Add(text);
                    }
                }
            }
            else if (argument.Value is string single)
            {
                builder.Add(single);
            }
        }

        return builder.ToImmutable();
    }

    private static int? ReadInt(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Value is int value ? value : null;

    private static int? ReadNamedInt(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is int value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? ReadNamedString(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is string value)
            {
                return value;
            }
        }

        return null;
    }

    private sealed class Holder
    {
        public Holder(KlingSymbols? symbols) => Symbols = symbols;

        public KlingSymbols? Symbols { get; }
    }
}
