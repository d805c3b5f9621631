using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>One offered fix: the title shown, the node to replace and how to build the node that takes its place.</summary>
public sealed class NodeReplacement
{
    private readonly Func<Document, CancellationToken, Task<SyntaxNode?>> create;

    private NodeReplacement(string title, SyntaxNode target, Func<Document, CancellationToken, Task<SyntaxNode?>> create)
    {
        Title = title;
        Target = target;
        this.create = create;
    }

    /// <summary>The code action's title.</summary>
    public string Title { get; }

    /// <summary>The node that is replaced.</summary>
    public SyntaxNode Target { get; }

    /// <summary>A fix whose new node is known up front.</summary>
    public static NodeReplacement With(string title, SyntaxNode target, SyntaxNode newNode) =>
        new(title, target, (_, _) => Task.FromResult<SyntaxNode?>(newNode));

    /// <summary>A fix whose new node is built only when applied; a null node leaves the document unchanged.</summary>
    public static NodeReplacement Deferred(string title, SyntaxNode target, Func<Document, CancellationToken, Task<SyntaxNode?>> create) =>
        new(title, target, create);

    internal Task<SyntaxNode?> CreateAsync(Document document, CancellationToken cancellationToken) => create(document, cancellationToken);
}
