using System;
using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private static readonly string[] CodeNames = { "code", "error_code", "errorCode", "status_code", "statusCode" };
    private static readonly string[] MessageNames = { "message", "msg", "error_message", "errorMessage", "detail", "error_description", "title" };
    private static readonly string[] RequestIdNames = { "request_id", "requestId", "trace_id", "traceId", "correlation_id" };
    private static readonly string[] NestedErrorNames = { "error", "data" };

    private void FinishClasses()
    {
        var byName = _classes.ToDictionary(c => c.FullName, StringComparer.Ordinal);
        RemoveInheritedRedeclarations();

        foreach (var draft in _classes.Where(c => c.Mappings.Count > 0))
        {
            // Only the class itself and classes derived from it can come out of its factory.
            foreach (var mapping in draft.Mappings.ToList())
            {
                if (byName.TryGetValue(mapping.TypeName, out var target) && DerivesFrom(target, draft)) continue;
                draft.Mappings.Remove(mapping);
                Report(DiagnosticDescriptorRef.Unsupported, draft.Pointer + "/discriminator/mapping/" + SourceMap.Escape(mapping.Value), $"discriminator value '{mapping.Value}' maps to a schema that does not inherit from this one (allOf); it is ignored");
            }
        }

        foreach (var draft in _classes)
        {
            if (draft.DiscriminatorProperty == null || draft.Mappings.Count > 0) continue;
            foreach (var derived in _classes.Where(c => c.Base == draft))
            {
                draft.Mappings.Add(new DiscriminatorMapping(derived.Name, derived.FullName));
            }
        }

        // Constraints propagate from bases and from nested models, so iterate to a fixed point.
        bool changed;
        do
        {
            changed = false;
            foreach (var draft in _classes)
            {
                if (draft.HasConstraints) continue;
                var has = draft.Groups.Count > 0
                    || (draft.Base?.HasConstraints ?? false)
                    || draft.Properties.Any(p => p.HasOwnConstraints || NestedHasConstraints(p, byName));
                if (has)
                {
                    draft.HasConstraints = true;
                    changed = true;
                }
            }
        }
        while (changed);

        foreach (var draft in _classes)
        {
            for (var i = 0; i < draft.Properties.Count; i++)
            {
                var property = draft.Properties[i];
                if (NestedHasConstraints(property, byName)) draft.Properties[i] = property with { ValidateNested = true };
            }

            if (draft.IsError) draft.ErrorSummary = Summarize(draft, byName);
        }
    }

    /// <summary>
    /// A class derived from a base that was still being filled (it sits inside one of the base's properties) may
    /// redeclare members the base gained later: drop the ones with the same JSON name, rename clashing C# names.
    /// </summary>
    private void RemoveInheritedRedeclarations()
    {
        foreach (var draft in _classes.Where(c => c.Base != null))
        {
            var inherited = draft.Base!.AllProperties().ToList();
            var jsonNames = new HashSet<string>(inherited.Select(p => p.JsonName), StringComparer.Ordinal);
            var scope = new Naming.Scope(ModelReservedNames);
            scope.Claim(draft.Name, draft.Name, out _);
            foreach (var property in inherited)
            {
                scope.Claim(property.Name, property.JsonName, out _);
            }

            draft.Properties.RemoveAll(p => jsonNames.Contains(p.JsonName));
            for (var i = 0; i < draft.Properties.Count; i++)
            {
                var property = draft.Properties[i];
                var name = scope.Claim(property.Name, property.JsonName, out var previous);
                if (previous == null) continue;
                Report(DiagnosticDescriptorRef.NameCollision, draft.Pointer, previous, property.JsonName, property.Name, name);
                draft.Properties[i] = property with { Name = name };
            }
        }
    }

    private static bool DerivesFrom(ClassDraft candidate, ClassDraft ancestor)
    {
        for (var current = candidate; current != null; current = current.Base)
        {
            if (current == ancestor) return true;
        }

        return false;
    }

    private static bool NestedHasConstraints(PropertyModel property, Dictionary<string, ClassDraft> byName) =>
        property.Type.Kind == ValueKind.Object && byName.TryGetValue(property.Type.TypeName, out var nested) && nested.HasConstraints;

    private static ErrorSummary? Summarize(ClassDraft draft, Dictionary<string, ClassDraft> byName)
    {
        var properties = draft.AllProperties().ToList();
        var code = Find(properties, CodeNames, requireString: false);
        var message = Find(properties, MessageNames, requireString: true);
        var requestId = Find(properties, RequestIdNames, requireString: true);
        string? nested = null;
        foreach (var property in properties)
        {
            if (Array.IndexOf(NestedErrorNames, property.JsonName) < 0 || property.Type.Kind != ValueKind.Object || property.Type.IsCollection) continue;
            if (!byName.TryGetValue(property.Type.TypeName, out var nestedClass)) continue;
            var nestedMessage = Find(nestedClass.AllProperties().ToList(), MessageNames, requireString: true);
            if (nestedMessage == null) continue;
            nested = property.Name + "?." + nestedMessage;
            break;
        }

        if (code == null && message == null && requestId == null && nested == null) return null;
        return new ErrorSummary(code, message, requestId, nested);
    }

    private static string? Find(List<PropertyModel> properties, string[] names, bool requireString)
    {
        foreach (var name in names)
        {
            var match = properties.FirstOrDefault(p => p.JsonName == name && p.Type.Kind == ValueKind.Primitive && !p.Type.IsCollection
                && (!requireString || p.Type.TypeName == "string") && p.Type.Accessor != "ByteArray");
            if (match != null) return match.Name;
        }

        return null;
    }
}
