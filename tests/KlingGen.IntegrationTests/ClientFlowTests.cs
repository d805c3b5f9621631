using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client.Models;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class ClientFlowTests
{
    [Fact]
    public async Task Create_wait_and_download_against_the_simulator()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        var request = await Sim.RequestAsync("Smile and nod.");
        var snapshots = new ConcurrentQueue<KlingTaskSnapshot>();

        var result = await client.CreateAvatarVideoAndWaitAsync(request, progress: new SyncProgress<KlingTaskSnapshot>(snapshots.Enqueue));

        var task = Assert.Single(sim.Tasks);
        Assert.Equal(task.TaskId, result.TaskId);
        Assert.Equal(KlingTaskStatus.Succeed, result.Task.TaskStatus);
        Assert.StartsWith(sim.BaseUrl + "/results/", result.VideoUrl, StringComparison.Ordinal);
        Assert.Equal(KlingTaskStatus.Succeed, snapshots.Last().Status);
        Assert.Equal(Enumerable.Range(1, snapshots.Count), snapshots.Select(s => s.PollCount));
        Assert.StartsWith(KlingAvatarCreateExtensions.GeneratedExternalIdPrefix, request.ExternalTaskId, StringComparison.Ordinal);
        Assert.Equal(request.ExternalTaskId, task.ExternalTaskId);
        Assert.All(sim.Requests.Where(r => r.Route != KlingSimulatorRoute.Video), r => Assert.True(r.Authorized));

        var path = Path.Combine(Path.GetTempPath(), $"kling-{Guid.NewGuid():N}.mp4");
        var reports = new ConcurrentQueue<KlingDownloadProgress>();
        try
        {
            var saved = await KlingDownloader.DownloadToFileAsync(result.VideoUrl, path, new SyncProgress<KlingDownloadProgress>(reports.Enqueue));
            var bytes = await File.ReadAllBytesAsync(saved);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
            Assert.Equal(bytes.Length, reports.Last().BytesReceived);
            Assert.Equal(1.0, reports.Last().Fraction);
            Assert.False(File.Exists(path + ".part"));
        }
        finally
        {
            File.Delete(path);
        }

        // Result files are fetched without the API key.
        Assert.All(sim.Requests.Where(r => r.Route == KlingSimulatorRoute.Video), r => Assert.Null(r.AuthorizationScheme));
    }

    [Fact]
    public async Task Watching_yields_each_status_and_accepts_the_external_id()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        var request = await Sim.RequestAsync();
        request.ExternalTaskId = "order-42";
        await client.CreateAvatarTaskAsync(request);

        var statuses = new System.Collections.Generic.List<KlingTaskStatus?>();
        await foreach (var snapshot in client.WatchAvatarTaskAsync("order-42"))
        {
            statuses.Add(snapshot.Status);
        }

        Assert.Equal(KlingTaskStatus.Succeed, statuses[^1]);
        Assert.Contains(KlingTaskStatus.Processing, statuses);
        var order = statuses.Select(s => (int)s!.Value).ToList();
        Assert.Equal(order.OrderBy(x => x), order);
    }

    [Fact]
    public async Task Failed_task_throws_with_the_services_reason()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);

        var error = await Assert.ThrowsAsync<KlingTaskFailedException>(async () => await client.CreateAvatarVideoAndWaitAsync(await Sim.RequestAsync("[fail]")));

        Assert.Equal(sim.Tasks.Single().TaskId, error.TaskId);
        Assert.Contains("Face not detected", error.StatusMessage, StringComparison.Ordinal);
        Assert.Contains("Face not detected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_waiting()
    {
        await using var sim = await Sim.StartAsync(o => o.ProcessingDuration = TimeSpan.FromMinutes(5));
        var client = Sim.Client(sim);
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.WaitForAvatarTaskAsync(task.TaskId!, cancellationToken: cancel.Token));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Timeout_reports_the_last_status()
    {
        await using var sim = await Sim.StartAsync(o => o.ProcessingDuration = TimeSpan.FromMinutes(5));
        var client = Sim.Client(sim);
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());
        var wait = Sim.FastWait.Clone();
        wait.Timeout = TimeSpan.FromMilliseconds(400);

        var error = await Assert.ThrowsAsync<KlingTaskTimeoutException>(() => client.WaitForAvatarTaskAsync(task.TaskId!, wait));

        Assert.Equal(task.TaskId, error.TaskId);
        Assert.Equal(KlingTaskStatus.Processing, error.LastSnapshot?.Status);
        Assert.IsAssignableFrom<TimeoutException>(error);
    }

    [Fact]
    public async Task Invalid_request_is_refused_before_anything_is_sent()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        var request = await Sim.RequestAsync();
        request.AudioId = "also-set";

        var error = await Assert.ThrowsAsync<KlingGen.Constraints.RequestValidationException>(() => client.CreateAvatarTaskAsync(request));

        Assert.Contains(error.Violations, v => v.Rule == "exactlyOneOf");
        Assert.Empty(sim.Requests);
    }

    [Fact]
    public async Task Service_errors_surface_as_KlingError_with_code_and_status()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);

        var missing = await Assert.ThrowsAsync<KlingError>(() => client.Kling.V1.Videos.Avatar.Image2video["nope"].GetAsync());
        Assert.Equal(404, missing.HttpStatus);
        Assert.Equal(1203, missing.KlingCode);
        Assert.False(missing.IsRetryable);

        var wrongKey = KlingGen.Client.KlingApiClient.Create("not-the-key", new KlingClientOptions { BaseUrl = sim.BaseUrl });
        var unauthorized = await Assert.ThrowsAsync<KlingError>(() => wrongKey.Kling.V1.Videos.Avatar.Image2video["x"].GetAsync());
        Assert.Equal(401, unauthorized.HttpStatus);
        Assert.Equal(1002, unauthorized.KlingCode);
        Assert.False(unauthorized.IsRetryable);

        sim.Inject(KlingFault.ServerError(502, KlingSimulatorRoute.Query).Times(10));
        var gateway = await Assert.ThrowsAsync<KlingError>(() => client.Kling.V1.Videos.Avatar.Image2video["x"].GetAsync());
        Assert.Equal(502, gateway.HttpStatus);
        Assert.True(gateway.IsRetryable);
        Assert.Contains("Upstream", gateway.KlingMessage, StringComparison.Ordinal);
    }

    private sealed class SyncProgress<T> : IProgress<T>
    {
        private readonly Action<T> report;

        public SyncProgress(Action<T> report) => this.report = report;

        public void Report(T value) => report(value);
    }
}
