using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KlingGen.Tests")]
[assembly: InternalsVisibleTo("KlingGen.IntegrationTests")]
