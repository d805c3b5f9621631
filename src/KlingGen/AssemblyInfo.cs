using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KlingGen.Tests")]
