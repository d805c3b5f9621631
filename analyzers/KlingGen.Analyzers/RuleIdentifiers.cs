namespace KlingGen.Analyzers;

/// <summary>The identifiers of the KlingGen usage rules.</summary>
public static class RuleIdentifiers
{
    /// <summary>Both members of an exactly-one-of group are set on the same object.</summary>
    public const string ExactlyOneOfConflict = "KLG101";

    /// <summary>No member of an exactly-one-of group is set on an object that is sent as it stands.</summary>
    public const string ExactlyOneOfMissing = "KLG102";

    /// <summary>A constant string is longer than the maximum length or shorter than the minimum length.</summary>
    public const string StringLength = "KLG103";

    /// <summary>A constant is not among the known values of an extensible string member.</summary>
    public const string UnknownValue = "KLG104";

    /// <summary>A required member is not set on an object that is sent as it stands.</summary>
    public const string RequiredMemberMissing = "KLG105";

    /// <summary>A base64 member is given a data URI.</summary>
    public const string DataUri = "KLG106";

    /// <summary>A constant violates the format (absolute http/https URL) or pattern of its member.</summary>
    public const string FormatViolation = "KLG107";

    /// <summary>A credential is hard-coded as a string literal.</summary>
    public const string HardCodedSecret = "KLG108";

    /// <summary>Builds the address of a rule's documentation page.</summary>
    public static string GetHelpUri(string ruleId) => "https://github.com/klinggen/klinggen/blob/main/docs/rules/" + ruleId + ".md";
}
