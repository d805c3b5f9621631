using System.Text;

namespace KlingGen.Benchmarks;

/// <summary>
/// Builds an OpenAPI document with a given number of operations, shaped like a typical REST API: every operation
/// has its own path, response model (scalars, an enum, a nested object, an array) and, for writes, a request model.
/// </summary>
public static class SyntheticSpec
{
    public static string WithOperations(int operations)
    {
        var paths = new StringBuilder();
        var schemas = new StringBuilder();
        for (var i = 0; i < operations; i++)
        {
            var write = i % 3 == 2;
            var path = $"/area{i / 10}/resource{i}/" + "{id}";
            paths.Append($"""
                  {path}:
                    {(write ? "post" : "get")}:
                      operationId: operation{i}
                      parameters:
                        - name: id
                          in: path
                          required: true
                          schema:
                            type: string
                        - name: limit
                          in: query
                          schema:
                            type: integer
                            format: int32

                """);
            if (write)
            {
                paths.Append($"""
                          requestBody:
                            required: true
                            content:
                              application/json:
                                schema:
                                  $ref: '#/components/schemas/Input{i}'

                    """);
                schemas.Append($"""
                        Input{i}:
                          type: object
                          required: [name]
                          properties:
                            name:
                              type: string
                              maxLength: 100
                            count:
                              type: integer
                              format: int32

                    """);
            }

            paths.Append($"""
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Resource{i}'
                        4XX:
                          description: Failure
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Problem'

                """);
            schemas.Append($"""
                    Resource{i}:
                      type: object
                      properties:
                        id:
                          type: string
                        title:
                          type: string
                        size:
                          type: integer
                          format: int64
                        ratio:
                          type: number
                          format: double
                        active:
                          type: boolean
                        created_at:
                          type: string
                          format: date-time
                        state:
                          $ref: '#/components/schemas/State'
                        owner:
                          type: object
                          properties:
                            login:
                              type: string
                            id:
                              type: integer
                              format: int64
                        tags:
                          type: array
                          items:
                            type: string

                """);
        }

        return $"""
            openapi: 3.0.3
            info:
              title: Synthetic API with {operations} operations
              version: 1.0.0
            paths:
            {paths}components:
              schemas:
                State:
                  type: string
                  enum: [active, paused, deleted]
                Problem:
                  type: object
                  properties:
                    code:
                      type: integer
                      format: int32
                    message:
                      type: string
            {schemas}
            """;
    }
}
