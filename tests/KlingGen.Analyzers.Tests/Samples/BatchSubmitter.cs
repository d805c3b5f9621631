#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen;
using KlingGen.Client;
using KlingGen.Client.Models;

namespace Samples.Batch;

public sealed record Job(string Portrait, string? AudioId, string? SoundFile, string? Prompt);

public static class BatchSubmitter
{
    public static KlingApiClient Connect(string? configuredKey) =>
        KlingApiClient.Create(configuredKey ?? "sk-test-not-a-real-key", new KlingClientOptions());

    public static async Task<IReadOnlyList<string>> SubmitAllAsync(KlingApiClient client, IEnumerable<Job> jobs, CancellationToken cancellationToken)
    {
        var accepted = new List<string>();
        foreach (var (job, index) in jobs.Select((j, i) => (j, i)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = Build(job);
            request.ExternalTaskId = "batch-" + index;
            try
            {
                var response = await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request, cancellationToken: cancellationToken);
                if (response?.Code == 0)
                {
                    accepted.Add(response.Message ?? string.Empty);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Job {index} failed: {ex.Message}");
            }
        }

        return accepted;

        static AvatarImage2VideoRequest Build(Job job) => job switch
        {
            { AudioId: { } audio } => new AvatarImage2VideoRequest { Image = job.Portrait, AudioId = audio, Prompt = job.Prompt },
            { SoundFile: { } sound } => new AvatarImage2VideoRequest { Image = job.Portrait, SoundFile = sound, Prompt = job.Prompt },
            _ => throw new ArgumentException("A job needs a voice."),
        };
    }

    public static Func<Job, Task<KlingTaskResponse?>> Submitter(KlingApiClient client) =>
        async job =>
        {
            var r = new AvatarImage2VideoRequest { Image = job.Portrait };
            r.AudioId = job.AudioId;
            r.SoundFile = job.AudioId is null ? job.SoundFile : null;
            return await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(r);
        };
}
