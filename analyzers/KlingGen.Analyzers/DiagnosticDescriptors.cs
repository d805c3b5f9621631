using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers;

/// <summary>Every diagnostic the KlingGen analyzers report.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "KlingGen.Usage";

    /// <summary>KLG101.</summary>
    public static readonly DiagnosticDescriptor ExactlyOneOfConflict = Create(
        RuleIdentifiers.ExactlyOneOfConflict,
        "Set only one member of an exactly-one-of group",
        "'{0}' and '{1}' are both set on the same {2}, but exactly one of {3} may be set",
        DiagnosticSeverity.Error,
        "The service accepts exactly one member of this group; sending both is refused before the request leaves the process.");

    /// <summary>KLG102.</summary>
    public static readonly DiagnosticDescriptor ExactlyOneOfMissing = Create(
        RuleIdentifiers.ExactlyOneOfMissing,
        "Set one member of an exactly-one-of group before sending",
        "The {0} is sent without any of {1} set, but exactly one of them is required",
        DiagnosticSeverity.Warning,
        "The object is passed on as it stands, and none of the members of an exactly-one-of group is set; validation will refuse it.");

    /// <summary>KLG103.</summary>
    public static readonly DiagnosticDescriptor StringLength = Create(
        RuleIdentifiers.StringLength,
        "Constant string breaks the length limit of its member",
        "'{0}' is given a constant of {1} characters, {2}",
        DiagnosticSeverity.Error,
        "The member declares a maximum or minimum length, and this constant can never satisfy it.");

    /// <summary>KLG104.</summary>
    public static readonly DiagnosticDescriptor UnknownValue = Create(
        RuleIdentifiers.UnknownValue,
        "Value is not one of the known values of its member",
        "'{0}' is given \"{1}\", which is not one of its known values ({2}){3}",
        DiagnosticSeverity.Warning,
        "The member accepts any string so that new values can flow through, but this one is not a value the service is known to accept; often it is a typo or a case mistake.");

    /// <summary>KLG105.</summary>
    public static readonly DiagnosticDescriptor RequiredMemberMissing = Create(
        RuleIdentifiers.RequiredMemberMissing,
        "Set the required members before sending",
        "The {0} is sent without its required member '{1}'",
        DiagnosticSeverity.Warning,
        "The object is passed on as it stands, and a member marked as required is not set; validation will refuse it.");

    /// <summary>KLG106.</summary>
    public static readonly DiagnosticDescriptor DataUri = Create(
        RuleIdentifiers.DataUri,
        "Pass bare base64, not a data URI",
        "'{0}' is given a data URI (\"{1}...\"), but it accepts bare base64 only",
        DiagnosticSeverity.Warning,
        "The member takes bare base64 content (or a URL); the 'data:<type>;base64,' prefix makes the service refuse the content.");

    /// <summary>KLG107.</summary>
    public static readonly DiagnosticDescriptor FormatViolation = Create(
        RuleIdentifiers.FormatViolation,
        "Constant does not match the format of its member",
        "'{0}' is given \"{1}\", which {2}",
        DiagnosticSeverity.Warning,
        "The member declares a format (an absolute http or https URL) or a pattern, and this constant does not satisfy it.");

    /// <summary>KLG108.</summary>
    public static readonly DiagnosticDescriptor HardCodedSecret = Create(
        RuleIdentifiers.HardCodedSecret,
        "Do not hard-code the API key",
        "'{0}' is given a string literal; read the key from configuration or the {1} environment variable instead",
        DiagnosticSeverity.Warning,
        "A key written in source ends up in version control and in every copy of the binary.");

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, RuleIdentifiers.GetHelpUri(id));
}
