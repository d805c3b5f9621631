using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using KlingGen.Constraints;
using KlingGen.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace KlingGen.IntegrationTests;

/// <summary>
/// Many create-and-wait flows against a simulator that injects random faults into a fifth of the requests. Bounded:
/// 1,000 flows by default (about half a minute on two busy cores); <c>KLINGGEN_SOAK_FLOWS</c> asks for more.
/// </summary>
[Trait("Category", "Soak")]
public sealed class FaultSoakTests
{
    private const int Seed = 20261124;
    private const int DefaultFlows = 1000;
    private const int Concurrency = 16;
    private const int Clients = 4;

    private readonly ITestOutputHelper output;

    public FaultSoakTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Random_faults_never_lose_or_duplicate_a_task_and_every_failure_is_typed()
    {
        var flows = int.TryParse(Environment.GetEnvironmentVariable("KLINGGEN_SOAK_FLOWS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultFlows;
        var faults = new RandomFaults(Seed);
        await using var sim = await Sim.StartAsync(o =>
        {
            o.SubmittedDuration = TimeSpan.FromMilliseconds(20);
            o.ProcessingDuration = TimeSpan.FromMilliseconds(40);
            o.FaultSource = faults.Next;
        });
        var port = new Uri(sim.BaseUrl).Port;
        var connectionsBefore = EstablishedConnectionsTo(port);

        // Each client on an HTTP client of its own (the pipeline KlingApiClient.Create builds), disposed at the end.
        var options = new KlingClientOptions
        {
            ApiKey = sim.ApiKey,
            BaseUrl = sim.BaseUrl,
            RequestTimeout = TimeSpan.FromSeconds(1.5),
            Wait = new KlingWaitOptions { InitialPollInterval = TimeSpan.FromMilliseconds(15), MaxPollInterval = TimeSpan.FromMilliseconds(60), Timeout = TimeSpan.FromSeconds(20) },
        };
        var httpClients = Enumerable.Range(0, Clients).Select(_ => KlingHttpPipeline.CreateHttpClient(options, NullLogger.Instance)).ToArray();
        var clients = httpClients.Select(http => KlingApiClient.Create(options.Clone(), http, NullLogger.Instance)).ToArray();

        var stopwatch = Stopwatch.StartNew();
        var outcomes = new FlowOutcome[flows];
        using (var gate = new SemaphoreSlim(Concurrency))
        {
            await Task.WhenAll(Enumerable.Range(0, flows).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    outcomes[i] = await RunFlowAsync(clients[i % Clients], i);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var elapsed = stopwatch.Elapsed;
        var connectionsWhilePooled = EstablishedConnectionsTo(port);

        // No flow left anything running: the simulator hears nothing more once every flow has returned.
        var requestsAtEnd = sim.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var requestsAfterQuiet = sim.Requests.Count;

        foreach (var http in httpClients)
        {
            http.Dispose();
        }

        var connectionsAfter = await SettledConnectionCountAsync(port, bound: 2);

        output.WriteLine($"{flows} flows, concurrency {Concurrency}, {Clients} clients, seed {Seed}: {elapsed.TotalSeconds:F1} s");
        output.WriteLine($"requests {requestsAtEnd}, injected faults {faults.Injected.Sum(f => f.Value)}: " + string.Join(", ", faults.Injected.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}")));
        output.WriteLine("outcomes: " + string.Join(", ", outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        output.WriteLine($"established connections to the simulator: before {connectionsBefore}, pooled after the flows {connectionsWhilePooled}, after disposing the clients {connectionsAfter}");

        // Every failure is typed; nothing raw escapes.
        var untyped = outcomes.Where(o => o.Kind == "untyped").ToList();
        Assert.True(untyped.Count == 0, "Untyped failures: " + string.Join("; ", untyped.Take(5).Select(o => o.Error)));

        var tasks = sim.Tasks;
        var byExternalId = tasks.GroupBy(t => t.ExternalTaskId ?? "(none)").ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(byExternalId, g => Assert.Single(g.Value));
        Assert.All(tasks, t => Assert.StartsWith("soak-", t.ExternalTaskId, StringComparison.Ordinal));

        foreach (var outcome in outcomes)
        {
            byExternalId.TryGetValue(outcome.ExternalId, out var held);
            var task = held?.Single();
            switch (outcome.Kind)
            {
                case "videos":
                    Assert.NotNull(task);
                    Assert.Equal(task!.TaskId, outcome.TaskId);
                    Assert.Equal("succeed", task.Status);
                    break;
                case nameof(KlingTaskFailedException):
                    Assert.True(outcome.MeantToFail, $"flow {outcome.Index} failed without being meant to: {outcome.Error}");
                    Assert.Equal(task?.TaskId, outcome.TaskId);
                    break;
                case nameof(KlingTaskTimeoutException):
                    Assert.Equal(task?.TaskId, outcome.TaskId);
                    break;
                case nameof(RequestValidationException):
                    Assert.True(outcome.Invalid, $"flow {outcome.Index} was refused locally: {outcome.Error}");
                    Assert.Null(task);
                    break;
                case "create:" + nameof(KlingError):
                    // A definitive refusal of the create call: the service holds no task that the caller does not know of,
                    // and the refusal is never the service's duplicate-id guard (which would mean a second POST went out blindly).
                    Assert.True(task is null, $"flow {outcome.Index} was told '{outcome.Error}' but task {task?.TaskId} exists");
                    Assert.DoesNotContain("already exists", outcome.Error, StringComparison.Ordinal);
                    break;
                case "wait:" + nameof(KlingError):
                    Assert.NotNull(task);
                    break;
                case nameof(KlingTaskOutcomeUnknownException):
                    // The task may or may not exist; the exception names the id to query.
                    Assert.Equal(outcome.ExternalId, outcome.ReportedExternalId);
                    break;
                default:
                    Assert.Fail($"flow {outcome.Index}: unexpected outcome {outcome.Kind}");
                    break;
            }
        }

        Assert.True(outcomes.Count(o => o.Kind == "videos") > flows / 2, "most flows should survive the faults");
        Assert.True(faults.Injected.Sum(f => f.Value) > flows / 10, "the run should have injected faults");

        Assert.Equal(requestsAtEnd, requestsAfterQuiet);
        Assert.Equal(0, connectionsBefore);
        Assert.True(connectionsWhilePooled <= Concurrency + Clients, $"{connectionsWhilePooled} connections stayed open for {Concurrency} concurrent flows");
        Assert.True(connectionsAfter <= 2, $"{connectionsAfter} connections to the simulator stayed open after disposing the clients");
    }

    private static async Task<FlowOutcome> RunFlowAsync(KlingApiClient client, int index)
    {
        var meantToFail = index % 17 == 0;
        var invalid = index % 97 == 0;
        var impatient = index % 41 == 0;
        var request = new AvatarImage2VideoRequest
        {
            Image = "https://example.com/face-" + index.ToString(CultureInfo.InvariantCulture) + ".png",
            AudioId = "audio-" + index.ToString(CultureInfo.InvariantCulture),
            SoundFile = invalid ? "UklGRg==" : null,
            Prompt = meantToFail ? "Smile. [fail]" : "Smile.",
            ExternalTaskId = "soak-" + index.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
        };
        var outcome = new FlowOutcome(index, request.ExternalTaskId!, meantToFail, invalid);
        var phase = "create";
        try
        {
            var created = await client.CreateAvatarTaskAsync(request);
            outcome.TaskId = created.TaskId;
            phase = "wait";
            var wait = impatient ? new KlingWaitOptions { InitialPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(5), Timeout = TimeSpan.FromMilliseconds(30) } : null;
            var done = await client.WaitForAvatarTaskAsync(created.TaskId!, wait);
            var urls = done.TaskResult?.Videos?.Select(v => v.Url).Where(u => !string.IsNullOrEmpty(u)).ToList();
            outcome.Kind = urls is { Count: > 0 } ? "videos" : "no-videos";
        }
        catch (KlingError e)
        {
            outcome.Kind = phase + ":" + nameof(KlingError);
            outcome.Error = e.Message;
        }
        catch (KlingTaskOutcomeUnknownException e)
        {
            outcome.Kind = nameof(KlingTaskOutcomeUnknownException);
            outcome.ReportedExternalId = e.ExternalTaskId;
            outcome.Error = e.Message;
        }
        catch (Exception e) when (e is KlingTaskFailedException or KlingTaskTimeoutException or RequestValidationException)
        {
            outcome.Kind = e.GetType().Name;
            outcome.Error = e.Message;
        }
        catch (Exception e)
        {
            outcome.Kind = "untyped";
            outcome.Error = $"flow {index} ({phase}): {e.GetType().FullName}: {e.Message}";
        }

        return outcome;
    }

    private static int EstablishedConnectionsTo(int port) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
            .Count(c => c.State == TcpState.Established && c.RemoteEndPoint.Port == port && IPAddress.IsLoopback(c.RemoteEndPoint.Address));

    /// <summary>Closed sockets take a moment to leave the table; poll briefly before counting.</summary>
    private static async Task<int> SettledConnectionCountAsync(int port, int bound)
    {
        var count = EstablishedConnectionsTo(port);
        for (var i = 0; i < 20 && count > bound; i++)
        {
            await Task.Delay(100);
            count = EstablishedConnectionsTo(port);
        }

        return count;
    }

    private sealed class FlowOutcome
    {
        public FlowOutcome(int index, string externalId, bool meantToFail, bool invalid)
        {
            Index = index;
            ExternalId = externalId;
            MeantToFail = meantToFail;
            Invalid = invalid;
        }

        public int Index { get; }

        public string ExternalId { get; }

        public bool MeantToFail { get; }

        public bool Invalid { get; }

        public string Kind { get; set; } = "unfinished";

        public string? TaskId { get; set; }

        public string? ReportedExternalId { get; set; }

        public string Error { get; set; } = string.Empty;
    }

    /// <summary>A fault for about one request in five, drawn from a seeded generator.</summary>
    private sealed class RandomFaults
    {
        private readonly Random random;

        public RandomFaults(int seed) => random = new Random(seed);

        public ConcurrentDictionary<string, int> Injected { get; } = new();

        public KlingFault? Next(KlingSimulatorRoute route)
        {
            int roll;
            bool coin;
            lock (random)
            {
                roll = random.Next(1000);
                coin = random.Next(2) == 0;
            }

            var fault = roll switch
            {
                < 40 => KlingFault.ServerError(500, route, createsTask: coin),
                < 70 => KlingFault.ServerError(502, route, createsTask: coin),
                < 90 => KlingFault.ServerError(503, route),
                < 110 => KlingFault.ServerError(504, route),
                < 150 => KlingFault.DropConnection(route),
                < 160 => KlingFault.RateLimited(TimeSpan.FromSeconds(1), route),
                < 175 => KlingFault.Slow(TimeSpan.FromMilliseconds(300), route),
                < 178 => KlingFault.Slow(TimeSpan.FromSeconds(2), route),
                < 190 => KlingFault.RefusedInEnvelope(1301, "Content safety check failed (simulated)", route),
                _ => null,
            };
            if (fault is not null)
            {
                Injected.AddOrUpdate($"{fault.Kind}{(fault.Kind == KlingFaultKind.Status ? fault.StatusCode.ToString(CultureInfo.InvariantCulture) : string.Empty)}", 1, (_, c) => c + 1);
            }

            return fault;
        }
    }
}
