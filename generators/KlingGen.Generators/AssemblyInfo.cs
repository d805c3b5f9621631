using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KlingGen.Generators.Tests")]
