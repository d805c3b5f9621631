using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KlingGen;

/// <summary>Polls an avatar task until it succeeds or fails, with exponential backoff, jitter, an overall timeout and cancellation.</summary>
public static class KlingTaskWaitExtensions
{
    /// <summary>
    /// Yields a snapshot after every successful poll of <c>GET .../image2video/{id}</c> and ends after the first terminal one
    /// (<c>succeed</c> or <c>failed</c>; a failed task is yielded, not thrown). Transient errors (connection drops, 5xx,
    /// rate limits) are retried with backoff until the timeout.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="taskId">The task id, or your external task id.</param>
    /// <param name="options">Polling settings; default: the client's <see cref="KlingClientOptions.Wait"/>.</param>
    /// <param name="cancellationToken">Stops waiting (the task keeps running on the service).</param>
    /// <exception cref="KlingTaskTimeoutException">No terminal status within the timeout.</exception>
    /// <exception cref="KlingError">The service refused the query (e.g. unknown task, bad key).</exception>
    public static async IAsyncEnumerable<KlingTaskSnapshot> WatchAvatarTaskAsync(
        this KlingApiClient client,
        string taskId,
        KlingWaitOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (string.IsNullOrWhiteSpace(taskId))
        {
            throw new ArgumentException("A task id is required.", nameof(taskId));
        }

        var settings = ResolveWaitOptions(client, options);
        var logger = client.RuntimeContext?.Logger ?? NullLogger.Instance;
        var backoff = KlingBackoff.From(settings);
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(settings.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        KlingTaskSnapshot? last = null;
        var polls = 0;
        var step = 0;
        while (true)
        {
            KlingTask? task;
            try
            {
                var response = await client.Kling.V1.Videos.Avatar.Image2video[taskId].GetAsync(cancellationToken: linked.Token).ConfigureAwait(false);
                task = KlingEnvelope.Unwrap(response, "Querying the task");
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new KlingTaskTimeoutException(taskId, settings.Timeout, last);
            }
            catch (Exception e) when (KlingTransientFailures.IsTransient(e, linked.Token))
            {
                logger.LogWarning("Polling task {TaskId} failed transiently ({Error}); retrying.", taskId, Describe(e));
                task = null;
            }

            if (task is not null)
            {
                polls++;
                var snapshot = new KlingTaskSnapshot(task, polls, stopwatch.Elapsed);
                if (last?.Status != snapshot.Status)
                {
                    logger.LogInformation("Task {TaskId} is {Status} after {Elapsed} ms.", snapshot.TaskId ?? taskId, snapshot.Status, (long)snapshot.Elapsed.TotalMilliseconds);
                }

                last = snapshot;
                yield return snapshot;
                if (snapshot.IsTerminal)
                {
                    yield break;
                }
            }

            try
            {
                await Task.Delay(backoff.Delay(step++), linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new KlingTaskTimeoutException(taskId, settings.Timeout, last);
            }
        }
    }

    /// <summary>Polls until the task succeeds and returns it; reports every poll to <paramref name="progress"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="taskId">The task id, or your external task id.</param>
    /// <param name="options">Polling settings; default: the client's <see cref="KlingClientOptions.Wait"/>.</param>
    /// <param name="progress">Receives a snapshot after each poll.</param>
    /// <param name="cancellationToken">Stops waiting (the task keeps running on the service).</param>
    /// <exception cref="KlingTaskFailedException">The task failed; the exception carries <c>task_status_msg</c>.</exception>
    /// <exception cref="KlingTaskTimeoutException">No terminal status within the timeout.</exception>
    public static async Task<KlingTask> WaitForAvatarTaskAsync(
        this KlingApiClient client,
        string taskId,
        KlingWaitOptions? options = null,
        IProgress<KlingTaskSnapshot>? progress = null,
        CancellationToken cancellationToken = default)
    {
        KlingTaskSnapshot? last = null;
        await foreach (var snapshot in client.WatchAvatarTaskAsync(taskId, options, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(snapshot);
            last = snapshot;
        }

        if (last is null)
        {
            throw new InvalidOperationException($"Polling task {taskId} ended without a result.");
        }

        return last.Status == KlingTaskStatus.Failed ? throw new KlingTaskFailedException(last.Task) : last.Task;
    }

    internal static KlingWaitOptions ResolveWaitOptions(KlingApiClient client, KlingWaitOptions? options)
    {
        var settings = (options ?? client.RuntimeContext?.Options.Wait ?? new KlingWaitOptions()).Clone();
        if (settings.Check() is { } problem)
        {
            throw new ArgumentException("Invalid wait options: " + problem, nameof(options));
        }

        return settings;
    }

    internal static string Describe(Exception e) => e is KlingError k
        ? $"HTTP {k.HttpStatus}, code {k.KlingCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
        : e.GetType().Name;
}
