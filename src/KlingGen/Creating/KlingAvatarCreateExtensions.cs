using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KlingGen;

/// <summary>
/// Creates avatar tasks without ever paying twice: an interrupted create call is resolved through its
/// <c>external_task_id</c>, and the request is only sent again once the service confirms no task exists.
/// See docs/idempotency.md.
/// </summary>
public static class KlingAvatarCreateExtensions
{
    /// <summary>Prefix of the external task ids generated when the caller set none.</summary>
    public const string GeneratedExternalIdPrefix = "klinggen-";

    private const string FilePlaceholder = "KlingGenMediaFile";

    /// <summary>Request options of every create call: the retry rule that repeats a POST only after 429 with Retry-After (read-only, shared).</summary>
    private static readonly Microsoft.Kiota.Abstractions.IRequestOption[] CreateOptions = { CreateRetryPolicy.CreateOption() };

    /// <summary>
    /// Validates and submits the request and returns the new task. When <see cref="AvatarImage2VideoRequest.ExternalTaskId"/>
    /// is empty a unique one is generated and written into <paramref name="request"/>.
    /// </summary>
    /// <exception cref="KlingGen.Constraints.RequestValidationException">The request breaks a rule of the spec; nothing was sent.</exception>
    /// <exception cref="KlingError">The service refused the request.</exception>
    /// <exception cref="KlingTaskOutcomeUnknownException">The call was interrupted and the service could not confirm whether the task exists, or every allowed attempt was interrupted.</exception>
    public static Task<KlingTask> CreateAvatarTaskAsync(this KlingApiClient client, AvatarImage2VideoRequest request, CancellationToken cancellationToken = default)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return CreateCoreAsync(client, request, null, null, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="CreateAvatarTaskAsync(KlingApiClient, AvatarImage2VideoRequest, CancellationToken)"/>, with the image
    /// (and optionally the sound) read from checked files as base64 while the request is sent, so no base64 string of
    /// them is ever built. Leave <see cref="AvatarImage2VideoRequest.Image"/> (and <see cref="AvatarImage2VideoRequest.SoundFile"/>
    /// when passing a sound) unset; they are left unset afterwards.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="request">Every other field of the request (prompt, mode, <c>audio_id</c> when no sound file is given, ...).</param>
    /// <param name="image">From <see cref="KlingMedia.CheckImageFileAsync"/>.</param>
    /// <param name="sound">From <see cref="KlingMedia.CheckSoundFileAsync"/>, or null when the request carries an <c>audio_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The request already carries an image (or a sound while <paramref name="sound"/> is given).</exception>
    /// <exception cref="KlingGen.Constraints.RequestValidationException">The request breaks a rule of the spec; nothing was sent.</exception>
    /// <exception cref="KlingError">The service refused the request.</exception>
    /// <exception cref="KlingTaskOutcomeUnknownException">The call was interrupted and the service could not confirm whether the task exists.</exception>
    public static async Task<KlingTask> CreateAvatarTaskAsync(this KlingApiClient client, AvatarImage2VideoRequest request, KlingImageFile image, KlingSoundFile? sound = null, CancellationToken cancellationToken = default)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (image is null)
        {
            throw new ArgumentNullException(nameof(image));
        }

        if (request.Image is not null)
        {
            throw new ArgumentException("Leave request.Image unset when passing an image file.", nameof(request));
        }

        if (sound is not null && request.SoundFile is not null)
        {
            throw new ArgumentException("Leave request.SoundFile unset when passing a sound file.", nameof(request));
        }

        // Stand-ins while the call runs, so the request validates as carrying an image (and sound); the body gets the files.
        request.Image = FilePlaceholder;
        if (sound is not null)
        {
            request.SoundFile = FilePlaceholder;
        }

        try
        {
            return await CreateCoreAsync(client, request, image, sound, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.Image = null;
            if (sound is not null)
            {
                request.SoundFile = null;
            }
        }
    }

    private static async Task<KlingTask> CreateCoreAsync(KlingApiClient client, AvatarImage2VideoRequest request, KlingImageFile? imageFile, KlingSoundFile? soundFile, CancellationToken cancellationToken)
    {

        if (string.IsNullOrWhiteSpace(request.ExternalTaskId))
        {
            request.ExternalTaskId = GeneratedExternalIdPrefix + Guid.NewGuid().ToString("N");
        }

        request.Validate();
        var externalId = request.ExternalTaskId!;
        var options = client.RuntimeContext?.Options ?? new KlingClientOptions();
        var logger = client.RuntimeContext?.Logger ?? NullLogger.Instance;

        for (var attempt = 1; ; attempt++)
        {
            Exception interruption;
            try
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug("Creating avatar task (external id {ExternalTaskId}, attempt {Attempt}).", externalId, attempt);
                }

                var response = await LowCopyCreateRequest.SendAsync(client, request, CreateOptions, imageFile, soundFile, cancellationToken).ConfigureAwait(false);
                var task = KlingEnvelope.Unwrap(response, "Creating the task");
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Created avatar task {TaskId} (external id {ExternalTaskId}).", task.TaskId, externalId);
                }

                return task;
            }
            catch (Exception e) when (IsAmbiguous(e, attempt, cancellationToken))
            {
                interruption = e;
            }

            logger.LogWarning(
                "Create call for external id {ExternalTaskId} was interrupted ({Error}); asking the service whether the task exists.",
                externalId,
                KlingTaskWaitExtensions.Describe(interruption));

            var existing = await LookUpAsync(client, externalId, options, logger, interruption, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                logger.LogInformation("The interrupted create call did create task {TaskId} (external id {ExternalTaskId}); not sending it again.", existing.TaskId, externalId);
                return existing;
            }

            if (attempt >= options.MaxCreateAttempts)
            {
                // A service error is reported as it is; a broken connection or a timeout on the last attempt leaves
                // a POST that may still be processed somewhere, so its outcome is unknown rather than "not created".
                throw interruption is KlingError ? interruption : new KlingTaskOutcomeUnknownException(externalId, interruption);
            }

            logger.LogInformation("The service has no task with external id {ExternalTaskId}; sending the create call again.", externalId);
            await Task.Delay(KlingBackoff.From(options.Wait).Delay(attempt - 1), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Creates the task (see <see cref="CreateAvatarTaskAsync(KlingApiClient, AvatarImage2VideoRequest, CancellationToken)"/>), waits until it finishes and returns its video URLs.
    /// </summary>
    /// <exception cref="KlingTaskFailedException">The task failed; the exception carries <c>task_status_msg</c>.</exception>
    /// <exception cref="KlingTaskTimeoutException">The task did not finish within the wait timeout.</exception>
    public static async Task<KlingAvatarVideoResult> CreateAvatarVideoAndWaitAsync(
        this KlingApiClient client,
        AvatarImage2VideoRequest request,
        KlingWaitOptions? waitOptions = null,
        IProgress<KlingTaskSnapshot>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var created = await client.CreateAvatarTaskAsync(request, cancellationToken).ConfigureAwait(false);
        var taskId = created.TaskId ?? request.ExternalTaskId!;
        var done = await client.WaitForAvatarTaskAsync(taskId, waitOptions, progress, cancellationToken).ConfigureAwait(false);

        var urls = new List<string>();
        foreach (var video in done.TaskResult?.Videos ?? new List<KlingVideo>())
        {
            if (!string.IsNullOrEmpty(video.Url))
            {
                urls.Add(video.Url!);
            }
        }

        if (urls.Count == 0)
        {
            throw new InvalidOperationException($"Kling task {done.TaskId} succeeded but returned no video URL.");
        }

        return new KlingAvatarVideoResult(done, urls);
    }

    /// <summary>
    /// True when the create call may or may not have created a task: the connection failed or timed out after sending,
    /// or the service answered 5xx. On a repeated attempt a 400 is also checked, since it may be the duplicate-id refusal.
    /// </summary>
    private static bool IsAmbiguous(Exception exception, int attempt, CancellationToken callerToken) => exception switch
    {
        KlingError error when error.HttpStatus >= 500 => true,
        KlingError error when attempt > 1 && error.HttpStatus == 400 => true,
        KlingError => false,
        System.Net.Http.HttpRequestException => true,
        System.IO.IOException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Returns the task with <paramref name="externalId"/>, null when the service confirms there is none.</summary>
    private static async Task<KlingTask?> LookUpAsync(KlingApiClient client, string externalId, KlingClientOptions options, ILogger logger, Exception interruption, CancellationToken cancellationToken)
    {
        var backoff = KlingBackoff.From(options.Wait);
        Exception last = interruption;
        for (var lookup = 0; lookup < options.MaxOutcomeLookups; lookup++)
        {
            if (lookup > 0)
            {
                await Task.Delay(backoff.Delay(lookup - 1), cancellationToken).ConfigureAwait(false);
            }

            try
            {
                var response = await client.Kling.V1.Videos.Avatar.Image2video[externalId].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                if (response?.Code is 1203)
                {
                    return null;
                }

                return KlingEnvelope.Unwrap(response, "Looking up the task");
            }
            catch (KlingError error) when (KlingEnvelope.IsNotFound(error))
            {
                return null;
            }
            catch (Exception e) when (KlingTransientFailures.IsTransient(e, cancellationToken))
            {
                logger.LogWarning("Looking up external id {ExternalTaskId} failed ({Error}).", externalId, KlingTaskWaitExtensions.Describe(e));
                last = e;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not KlingTaskOutcomeUnknownException)
            {
                // A refusal of the lookup itself says nothing about the create call: the task may exist.
                throw new KlingTaskOutcomeUnknownException(externalId, e);
            }
        }

        throw new KlingTaskOutcomeUnknownException(externalId, last);
    }
}
