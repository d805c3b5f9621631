using System;

namespace KlingGen;

/// <summary>A local media file breaks one of Kling's documented rules; thrown before anything is uploaded.</summary>
public sealed class MediaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">Name of the file (or stream) that was checked.</param>
    /// <param name="rule">Short name of the rule that failed, e.g. <c>maxSize</c> or <c>minSide</c>.</param>
    /// <param name="actualValue">What the file actually has, in readable form.</param>
    /// <param name="requirement">What the rule expects, in readable form.</param>
    public MediaValidationException(string fileName, string rule, string actualValue, string requirement)
        : base($"{fileName}: {requirement} (rule '{rule}', actual {actualValue}).")
    {
        FileName = fileName;
        Rule = rule;
        ActualValue = actualValue;
        Requirement = requirement;
    }

    /// <summary>Name of the file (or stream) that was checked.</summary>
    public string FileName { get; }

    /// <summary>Short name of the rule that failed: <c>format</c>, <c>maxSize</c>, <c>minSide</c>, <c>aspectRatio</c>, <c>minDuration</c>, <c>maxDuration</c>, <c>header</c>.</summary>
    public string Rule { get; }

    /// <summary>The value the file actually has.</summary>
    public string ActualValue { get; }

    /// <summary>What the rule expects.</summary>
    public string Requirement { get; }
}
