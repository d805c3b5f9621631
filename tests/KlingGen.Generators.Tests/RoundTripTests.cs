using KlingGen.Generators.Tests.Infrastructure;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// Generated models serialize with Kiota's JsonSerializationWriter and parse back with JsonParseNode without
/// losing values; request builders build the expected request and validate bodies before anything is sent.
/// </summary>
public sealed class RoundTripTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text.Json;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Serialization.Json;

        """;

    private const string Prelude = """
        namespace Probe;

        internal static class Json
        {
            public static string Write(IParsable value)
            {
                using var writer = new JsonSerializationWriter();
                writer.WriteObjectValue(null, value);
                using var content = writer.GetSerializedContent();
                return new StreamReader(content).ReadToEnd();
            }

            public static T Read<T>(string json, ParsableFactory<T> factory) where T : IParsable =>
                new JsonParseNode(JsonDocument.Parse(json).RootElement).GetObjectValue(factory)!;

            /// <summary>JSON → model → JSON, to compare the wire shapes without naming the C# members.</summary>
            public static string Echo<T>(string json, ParsableFactory<T> factory) where T : IParsable => Write(Read(json, factory));

            public static void Check(bool condition, string what)
            {
                if (!condition) throw new InvalidOperationException("check failed: " + what);
            }
        }

        """;

    private const string KlingProbe = Usings + """"
        using KlingGen.Client;
        using KlingGen.Client.Models;
        using KlingGen.Constraints;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        """" + Prelude + """"
        public static class Checks
        {
            public static string TaskResponse()
            {
                var original = new KlingTaskResponse
                {
                    Code = 0, Message = "SUCCEED", RequestId = "req-1",
                    Data = new KlingTask
                    {
                        TaskId = "task-9", TaskStatus = KlingTaskStatus.Succeed, TaskStatusMsg = "done",
                        CreatedAt = 1722769557708, UpdatedAt = 1722769560001,
                        TaskInfo = new KlingTaskInfo { ExternalTaskId = "mine-1" },
                        TaskResult = new KlingTaskResult
                        {
                            Videos = new List<KlingVideo> { new KlingVideo { Id = "v1", Url = "https://cdn.example.test/v1.mp4", WatermarkUrl = "https://cdn.example.test/v1-wm.mp4", Duration = "5.1" } },
                            Audios = new List<KlingAudio> { new KlingAudio { Id = "a1", Url = "https://cdn.example.test/a1.mp3", Duration = "3.0" } },
                        },
                    },
                };
                var json = Json.Write(original);
                var back = Json.Read(json, KlingTaskResponse.CreateFromDiscriminatorValue);
                Json.Check(back.Code == 0 && back.Message == "SUCCEED" && back.RequestId == "req-1", "envelope");
                var task = back.Data!;
                Json.Check(task.TaskId == "task-9" && task.TaskStatus == KlingTaskStatus.Succeed && task.TaskStatusMsg == "done", "task");
                Json.Check(task.CreatedAt == 1722769557708 && task.UpdatedAt == 1722769560001, "timestamps");
                Json.Check(task.TaskInfo!.ExternalTaskId == "mine-1", "task info");
                var video = task.TaskResult!.Videos!.Single();
                Json.Check(video.Id == "v1" && video.Url == "https://cdn.example.test/v1.mp4" && video.WatermarkUrl == "https://cdn.example.test/v1-wm.mp4" && video.Duration == "5.1", "video");
                Json.Check(task.TaskResult.Audios!.Single().Id == "a1", "audio");
                return json;
            }

            public static string UnknownMembersAndValues()
            {
                var back = Json.Read("""{"code":0,"message":"ok","extra_field":42,"data":{"task_id":"t","task_status":"paused"}}""", KlingTaskResponse.CreateFromDiscriminatorValue);
                Json.Check(back.AdditionalData.ContainsKey("extra_field"), "unknown member kept in AdditionalData");
                Json.Check(back.Data!.TaskId == "t", "known member next to an unknown enum value");
                Json.Check(back.Data.TaskStatus == null, "unknown enum value reads as null");
                return "";
            }

            public static string ErrorBody()
            {
                var error = Json.Read("""{"code":1201,"message":"Image too small","request_id":"req-7"}""", KlingError.CreateFromDiscriminatorValue);
                Json.Check(error.Code == 1201, "code");
                Json.Check(error.MessageEscaped == "Image too small", "message (escaped)");
                Json.Check(error.RequestId == "req-7", "request id");
                Json.Check(error is ApiException, "error is an ApiException");
                Json.Check(error.Message.Contains("Image too small"), "Exception.Message summarises the body: " + error.Message);
                return error.Message;
            }

            public static string AvatarRequest()
            {
                var original = new AvatarImage2VideoRequest
                {
                    Image = "https://img.example.test/face.png", AudioId = "audio-1", Prompt = "smile", Mode = "pro",
                    CallbackUrl = "https://hooks.example.test/kling", ExternalTaskId = "ext-1",
                    WatermarkInfo = new KlingWatermarkInfo { Enabled = true },
                };
                var json = Json.Write(original);
                var back = Json.Read(json, AvatarImage2VideoRequest.CreateFromDiscriminatorValue);
                Json.Check(back.Image == original.Image && back.AudioId == "audio-1" && back.SoundFile == null, "voice source");
                Json.Check(back.Prompt == "smile" && back.Mode == "pro" && back.CallbackUrl == original.CallbackUrl && back.ExternalTaskId == "ext-1", "options");
                Json.Check(back.WatermarkInfo!.Enabled == true, "watermark");
                return json;
            }

            public static string SpeechRequest()
            {
                var json = Json.Write(new TextToSpeechRequest { Text = "hello", VoiceId = "v", VoiceLanguage = "en", VoiceSpeed = 1.25 });
                var back = Json.Read(json, TextToSpeechRequest.CreateFromDiscriminatorValue);
                Json.Check(back.Text == "hello" && back.VoiceId == "v" && back.VoiceLanguage == "en" && back.VoiceSpeed == 1.25, "speech");
                return json;
            }

            public static string Validation()
            {
                var both = new AvatarImage2VideoRequest { Image = "https://img.example.test/face.png", AudioId = "a", SoundFile = "https://snd.example.test/v.mp3" };
                Json.Check(!both.TryValidate(out var violations), "both voice sources are rejected");
                Json.Check(violations.Any(v => v.Rule == "exactlyOneOf"), "exactlyOneOf violation: " + string.Join(",", violations.Select(v => v.Rule)));
                var missing = new AvatarImage2VideoRequest { AudioId = "a" };
                Json.Check(missing.GetConstraintViolations().Any(v => v.Rule == "required" && v.Field == "image" && v.Member == "Image"), "missing image");
                var ok = new AvatarImage2VideoRequest { Image = "https://img.example.test/face.png", AudioId = "a" };
                Json.Check(ok.TryValidate(out var none) && none.Count == 0, "valid request: " + string.Join(",", none.Select(v => v.Rule)));
                try
                {
                    missing.Validate();
                    Json.Check(false, "Validate() throws");
                }
                catch (RequestValidationException e)
                {
                    Json.Check(e.Message.Contains("image"), "exception names the field: " + e.Message);
                }

                return "";
            }

            public static string RequestBuilding()
            {
                var client = new KlingApiClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()));
                var builder = client.Kling.V1.Videos.Avatar.Image2video;
                var info = builder.ToPostRequestInformation(new AvatarImage2VideoRequest { Image = "https://img.example.test/face.png", SoundFile = "https://snd.example.test/v.mp3" });
                Json.Check(info.HttpMethod == Method.POST, "POST");
                Json.Check(info.URI.AbsoluteUri == "https://api.cometapi.com/kling/v1/videos/avatar/image2video", "uri " + info.URI);
                var body = new StreamReader(info.Content).ReadToEnd();
                Json.Check(body.Contains("\"sound_file\"") && !body.Contains("audio_id"), "body " + body);

                try
                {
                    builder.ToPostRequestInformation(new AvatarImage2VideoRequest());
                    Json.Check(false, "an invalid body is refused before sending");
                }
                catch (RequestValidationException)
                {
                }

                var list = builder.ToGetRequestInformation(c => { c.QueryParameters.PageNum = 2; c.QueryParameters.PageSize = 50; });
                Json.Check(list.URI.AbsoluteUri == "https://api.cometapi.com/kling/v1/videos/avatar/image2video?pageNum=2&pageSize=50", "list uri " + list.URI);
                var one = builder["task 1"].ToGetRequestInformation();
                Json.Check(one.URI.AbsoluteUri == "https://api.cometapi.com/kling/v1/videos/avatar/image2video/task%201", "item uri " + one.URI);
                var moved = builder.WithUrl("http://127.0.0.1:5000/kling/v1/videos/avatar/image2video").ToGetRequestInformation();
                Json.Check(moved.URI.AbsoluteUri == "http://127.0.0.1:5000/kling/v1/videos/avatar/image2video", "WithUrl " + moved.URI);
                return "";
            }
        }
        """";

    private const string FormatsProbe = Usings + """"
        using Specs.Formats.Models;

        """" + Prelude + """"
        public static class Checks
        {
            public static string Primitives()
            {
                var moment = new DateTimeOffset(2024, 2, 29, 13, 45, 10, 123, TimeSpan.FromHours(2));
                var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
                var original = new Sample
                {
                    PlainInteger = -7, Int32Value = int.MaxValue, Int64Value = 9007199254740993L, PlainNumber = 0.1,
                    FloatValue = 1.5f, DoubleValue = 12345.678901, Flag = false, Moment = moment,
                    Day = new Date(2024, 2, 29), Identifier = id, Payload = new byte[] { 0, 1, 2, 250, 255 },
                    Link = "https://example.test/x?y=1", Mail = "a@example.test",
                };
                var json = Json.Write(original);
                var back = Json.Read(json, Sample.CreateFromDiscriminatorValue);
                Json.Check(back.PlainInteger == -7 && back.Int32Value == int.MaxValue, "integers");
                Json.Check(back.Int64Value == 9007199254740993L, "int64 beyond double precision");
                Json.Check(back.PlainNumber == 0.1 && back.FloatValue == 1.5f && back.DoubleValue == 12345.678901, "numbers");
                Json.Check(back.Flag == false, "boolean false is written, not dropped");
                Json.Check(back.Moment == moment, "date-time " + back.Moment);
                Json.Check(back.Day.HasValue && back.Day.Value.Year == 2024 && back.Day.Value.Month == 2 && back.Day.Value.Day == 29, "date");
                Json.Check(back.Identifier == id, "uuid");
                Json.Check(back.Payload!.SequenceEqual(new byte[] { 0, 1, 2, 250, 255 }), "byte");
                Json.Check(back.Link == original.Link && back.Mail == original.Mail, "strings");
                return json;
            }
        }
        """";

    private const string InheritanceProbe = Usings + """"
        using Specs.AllofInheritance.Models;

        """" + Prelude + """"
        public static class Checks
        {
            public static string Discriminator()
            {
                var car = Json.Read("""{"kind":"car","wheels":4,"seats":5,"maker":"M"}""", Vehicle.CreateFromDiscriminatorValue);
                Json.Check(car is Car { Seats: 5, Wheels: 4, Maker: "M" }, "car is a Car: " + car.GetType().Name);
                var truck = Json.Read("""{"kind":"truck","payload_kg":1200.5}""", Vehicle.CreateFromDiscriminatorValue);
                Json.Check(truck is Truck { PayloadKg: 1200.5 }, "truck is a Truck: " + truck.GetType().Name);
                var plain = Json.Read("""{"kind":"bicycle","wheels":2}""", Vehicle.CreateFromDiscriminatorValue);
                Json.Check(plain.GetType() == typeof(Vehicle) && plain.Wheels == 2, "unknown kind falls back to the base");

                var json = Json.Write(new ElectricCar { Kind = "car", Wheels = 4, Seats = 2, BatteryKwh = 75.5f });
                var back = Json.Read(json, ElectricCar.CreateFromDiscriminatorValue);
                Json.Check(back.Wheels == 4 && back.Seats == 2 && back.BatteryKwh == 75.5f, "members of every level");
                return json;
            }
        }
        """";

    private const string PolymorphismProbe = Usings + """"
        using Specs.Polymorphism.Models;

        """" + Prelude + """"
        public static class Checks
        {
            public static string OneOfWithMapping()
            {
                var shape = Json.Read("""{"shape_type":"rect","width":2,"height":3}""", Shape.CreateFromDiscriminatorValue);
                Json.Check(shape.Rectangle is { Width: 2, Height: 3 } && shape.Circle == null, "rect maps to Rectangle");
                var circle = Json.Read("""{"shape_type":"circle","radius":1.5}""", Shape.CreateFromDiscriminatorValue);
                Json.Check(circle.Circle is { Radius: 1.5 } && circle.Rectangle == null, "circle maps to Circle");
                var json = Json.Write(shape);
                Json.Check(json.Contains("\"width\":2") && !json.Contains("rectangle"), "a composed type serializes as its member: " + json);
                return json;
            }
        }
        """";

    private const string EchoProbe = Usings + """"
        using Odd = Specs.OddNames.Models;
        using Arrays = Specs.Arrays.Models;
        using Hub = Specs.GithubRest.Models;

        """" + Prelude + """"
        public static class Checks
        {
            public static string Keywords(string json) => Json.Echo(json, Odd.Keywords.CreateFromDiscriminatorValue);

            public static string Collections(string json) => Json.Echo(json, Arrays.Collections.CreateFromDiscriminatorValue);

            public static string PullRequest(string json) => Json.Echo(json, Hub.PullRequest.CreateFromDiscriminatorValue);
        }
        """";

    /// <summary>Model, and JSON that sets every member (names that clash with C#, arrays of every kind, nested allOf types).</summary>
    public static TheoryData<string, string> EchoCases() => new()
    {
        { "Keywords", KeywordsJson },
        { "Collections", CollectionsJson },
        { "PullRequest", PullRequestJson },
    };

    [SkippableTheory]
    [MemberData(nameof(EchoCases))]
    public void Json_survives_parse_and_serialize_unchanged(string model, string expected)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var written = ProbeAssembly.For("odd-names.yaml|arrays.yaml|github-rest.yaml", EchoProbe).Call(model, expected);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), System.Text.Json.Nodes.JsonNode.Parse(written)),
            $"expected {expected}\nwritten  {written}");
    }

    private const string KeywordsJson = """{"class":"c","namespace":"n","int":3,"+1":1,"-1":-1,"1st":"first","@odata.type":"#t","additionalData":"ad","serialize":true,"getFieldDeserializers":"g","validate":"v","mood":"a-b","not_in_schema":"kept"}""";

    private const string CollectionsJson = """{"words":["a","b"],"counts":[1,2,3],"big_counts":[9007199254740993],"ratios":[0.5,1.25],"flags":[true,false],"ids":["0f8fad5b-d9cb-469f-a165-70867728950e"],"items":[{"name":"x"},{"name":"y"}],"colours":["red","blue"],"inline_colours":["cyan"],"inline_objects":[{"key":"k","value":"v"}]}""";

    private const string PullRequestJson = """{"id":1,"number":42,"state":"open","title":"Fix","user":{"login":"octo","id":7,"type":"User","site_admin":false},"draft":false,"head":{"label":"a:b","ref":"b","sha":"abc","repo":{"id":2,"name":"r","full_name":"o/r","owner":{"login":"o","id":3},"private":false,"topics":["t1"],"license":{"key":"mit","name":"MIT","spdx_id":"MIT"}}},"labels":[{"id":5,"name":"bug","color":"d73a4a","default":true}],"merged":false,"mergeable":true,"comments":0,"additions":10,"deletions":2,"changed_files":1}""";

    private static string Call(string spec, string probe, string method)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        return ProbeAssembly.For(spec, probe).Call(method);
    }

    [SkippableFact]
    public void Kling_task_response_survives_a_round_trip_with_wire_names()
    {
        var json = Call(SpecCatalog.Kling, KlingProbe, "TaskResponse");
        Assert.Contains("\"task_status\":\"succeed\"", json);
        Assert.Contains("\"created_at\":1722769557708", json);
        Assert.Contains("\"external_task_id\":\"mine-1\"", json);
        Assert.Contains("\"watermark_url\"", json);
    }

    [SkippableFact]
    public void Unknown_members_are_kept_and_unknown_enum_values_do_not_fail() =>
        Call(SpecCatalog.Kling, KlingProbe, "UnknownMembersAndValues");

    [SkippableFact]
    public void Kling_error_body_parses_into_the_exception() =>
        Call(SpecCatalog.Kling, KlingProbe, "ErrorBody");

    [SkippableFact]
    public void Avatar_request_round_trips_and_omits_unset_members()
    {
        var json = Call(SpecCatalog.Kling, KlingProbe, "AvatarRequest");
        Assert.Contains("\"audio_id\":\"audio-1\"", json);
        Assert.Contains("\"callback_url\"", json);
        Assert.DoesNotContain("sound_file", json);
    }

    [SkippableFact]
    public void Speech_request_round_trips() => Call(SpecCatalog.Kling, KlingProbe, "SpeechRequest");

    [SkippableFact]
    public void Constraint_validation_reports_violations() => Call(SpecCatalog.Kling, KlingProbe, "Validation");

    [SkippableFact]
    public void Request_builders_build_requests_and_validate_bodies() => Call(SpecCatalog.Kling, KlingProbe, "RequestBuilding");

    [SkippableFact]
    public void Primitive_formats_round_trip() => Call("formats.yaml", FormatsProbe, "Primitives");

    [SkippableFact]
    public void Discriminator_mapping_creates_derived_types() => Call("allof-inheritance.yaml", InheritanceProbe, "Discriminator");

    [SkippableFact]
    public void OneOf_with_mapping_selects_the_member() => Call("polymorphism.yaml", PolymorphismProbe, "OneOfWithMapping");
}
