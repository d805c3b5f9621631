using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client.Models;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class SimulatorClockAndListingTests
{
    [Fact]
    public async Task Lifecycle_follows_the_injected_clock()
    {
        var clock = new ManualTimeProvider();
        await using var sim = await Sim.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.SubmittedDuration = TimeSpan.FromMinutes(1);
            o.ProcessingDuration = TimeSpan.FromMinutes(10);
        });
        var client = Sim.Client(sim);
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        async Task<KlingTaskStatus?> StatusAsync() => (await client.Kling.V1.Videos.Avatar.Image2video[task.TaskId!].GetAsync())?.Data?.TaskStatus;

        Assert.Equal(KlingTaskStatus.Submitted, await StatusAsync());
        await SimulatorTests.WaitUntil(() => clock.PendingTimers == 1);
        clock.Advance(TimeSpan.FromMinutes(1));
        await SimulatorTests.WaitUntil(() => sim.Tasks[0].Status == "processing");
        Assert.Equal(KlingTaskStatus.Processing, await StatusAsync());
        await SimulatorTests.WaitUntil(() => clock.PendingTimers == 1);
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(KlingTaskStatus.Processing, await StatusAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        await SimulatorTests.WaitUntil(() => sim.Tasks[0].Status == "succeed");

        var done = (await client.Kling.V1.Videos.Avatar.Image2video[task.TaskId!].GetAsync())!.Data!;
        Assert.Equal(KlingTaskStatus.Succeed, done.TaskStatus);
        Assert.Equal(11 * 60 * 1000, done.UpdatedAt - done.CreatedAt);
    }

    [Fact]
    public async Task Generated_list_call_pages_through_the_simulator()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        for (var i = 0; i < 3; i++)
        {
            await client.CreateAvatarTaskAsync(await Sim.RequestAsync());
        }

        var page = await client.Kling.V1.Videos.Avatar.Image2video.GetAsync(c =>
        {
            c.QueryParameters.PageNum = 2;
            c.QueryParameters.PageSize = 2;
        });

        Assert.Equal(0, page!.Code);
        Assert.Equal(sim.Tasks[0].TaskId, Assert.Single(page.Data!).TaskId);
        Assert.Contains(sim.Requests, r => r.Route == KlingSimulatorRoute.List && r.Query.Contains("pageNum=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caller_cancellation_during_create_is_not_retried()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.Slow(TimeSpan.FromSeconds(5), KlingSimulatorRoute.Create));
        var request = await Sim.RequestAsync();
        using var cancel = new CancellationTokenSource();

        // Cancel once the create has reached the service (a timer could fire before it is even sent on a busy machine).
        var create = client.CreateAvatarTaskAsync(request, cancel.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!sim.Requests.Any(r => r.Route == KlingSimulatorRoute.Create) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await create);
        await Task.Delay(200); // room for a wrongful retry or lookup to show up

        Assert.Single(sim.Requests, r => r.Route == KlingSimulatorRoute.Create);
        Assert.DoesNotContain(sim.Requests, r => r.Route == KlingSimulatorRoute.Query);
    }
}
