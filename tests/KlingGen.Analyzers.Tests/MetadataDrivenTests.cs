using System.Threading.Tasks;
using KlingGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace KlingGen.Analyzers.Tests;

/// <summary>
/// The rules know no member names: a model unrelated to the Kling API, carrying the same attributes on
/// differently named members, gets every rule.
/// </summary>
public sealed class MetadataDrivenTests
{
    private const string Model = """
        #nullable enable
        using System.ComponentModel.DataAnnotations;
        using KlingGen.Constraints;

        namespace Acme.Shop
        {
            [ExactlyOneOf("Sku", "BundleCode")]
            [ExactlyOneOf("Email", "Phone", "PostalAddress")]
            public class Order
            {
                public string? Sku { get; set; }
                public string? BundleCode { get; set; }
                public string? Email { get; set; }
                public string? Phone { get; set; }
                public string? PostalAddress { get; set; }
                [Required]
                public string? Customer { get; set; }
                [StringLength(5, MinimumLength = 2)]
                public string? Note { get; set; }
                [KnownValues("fast", "slow")]
                public string? Shipping { get; set; }
                [Base64Content]
                public string? Receipt { get; set; }
                [Url]
                public string? Webhook { get; set; }
                [RegularExpression("[0-9]{4}")]
                public string? Pin { get; set; }
            }

            public static class Shop
            {
                public static void Place(Order order) { }
                public static void Login([Secret(EnvironmentVariable = "ACME_TOKEN")] string token) { }
            }
        }

        """ + TestSdk.Attributes;

    [Fact]
    public Task Every_rule_follows_the_attributes_whatever_the_member_names() => AllAnalyzers.VerifyAsync(
        Model + """

        namespace Acme.App
        {
            using Acme.Shop;

            class C
            {
                void M()
                {
                    Shop.Place(new {|KLG102:{|KLG105:Order|}|} { Sku = "s1", {|KLG101:BundleCode = "b1"|}, Note = {|KLG103:"too long"|} });
                    var o = new Order { Customer = "c", BundleCode = "b", Email = "e@x", Shipping = {|KLG104:"FAST"|} };
                    {|KLG101:o.Phone = "+33"|};
                    o.Receipt = {|KLG106:"data:application/pdf;base64,JVBERi0="|};
                    o.Webhook = {|KLG107:"localhost/hook"|};
                    o.Pin = {|KLG107:"12a4"|};
                    o.Note = {|KLG103:"x"|};
                    Shop.Login({|KLG108:"acme-secret"|});
                    Shop.Place(o);
                }
            }
        }
        """,
        withSdk: false);

    [Fact]
    public Task Correct_use_of_the_renamed_model_is_clean() => AllAnalyzers.VerifyAsync(
        Model + """

        namespace Acme.App
        {
            using Acme.Shop;

            class C
            {
                void M(string token, bool bundle)
                {
                    Shop.Place(new Order { Customer = "c", Sku = "s1", Phone = "+33", Note = "ok", Shipping = "fast", Receipt = "JVBERi0=", Webhook = "https://acme.test/hook", Pin = "1234" });
                    var o = new Order { Customer = "c", Email = "e@x" };
                    if (bundle) o.BundleCode = "b"; else o.Sku = "s";
                    Shop.Place(o);
                    Shop.Login(token);
                }
            }
        }
        """,
        withSdk: false);
}
