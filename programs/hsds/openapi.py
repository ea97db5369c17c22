"""The OpenAPI 3.1 description of this API: the HSDS 3.0 one, cut to what is served.

Paths, operation ids, parameter names and response schemas are those of the HSDS OpenAPI
file (which points at the HSDS compiled schemas by URL); what is added is this site's
information, the limits of ``page`` and ``per_page``, and the JSON error responses.
"""

from .mapping import HSDS_VERSION
from .params import MAX_PER_PAGE, PER_PAGE

SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _param(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description} | {
        "schema": schema
    }


PARAMETERS = {
    "search": _param("search", "Full text search.", {"type": "string", "maxLength": 200}),
    "page": _param(
        "page", "Page number of paginated result.", {"type": "integer", "minimum": 1, "default": 1}
    ),
    "per_page": _param(
        "per_page",
        "Number of results requested in a single page.",
        {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": PER_PAGE},
    ),
    "format": _param(
        "format", "Return results in the specified format: only `json`.", {"type": "string"}
    ),
    "minimal": _param(
        "minimal", "Return services with just `id` and `last_modified`.", {"type": "boolean"}
    ),
    "full": _param(
        "full",
        "Return a fully nested service, service_at_location, or organization.",
        {"type": "boolean"},
    ),
    "full_service": _param(
        "full_service",
        "Fully nested organization with service array that contains service information.",
        {"type": "boolean"},
    ),
    "modified_after": _param(
        "modified_after",
        "Return all results modified on or after this ISO 8601 date or datetime "
        "(the site's local time when it has no offset).",
        {"type": "string", "format": "date-time"},
    ),
    "taxonomy_term_id": _param(
        "taxonomy_term_id",
        "Search for services with particular taxonomy_term.",
        {"type": "string", "format": "uuid"},
    ),
    "taxonomy_id": _param(
        "taxonomy_id",
        "Only terms of the taxonomy with this id.",
        {"type": "string", "format": "uuid"},
    ),
    "organization_id": _param(
        "organization_id",
        "Search for services that this organization provides.",
        {"type": "string", "format": "uuid"},
    ),
    "parent_id": _param(
        "parent_id", "Terms that have a parent with this id.", {"type": "string", "format": "uuid"}
    ),
}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


def _path_id(what: str) -> list[dict]:
    return [
        {
            "in": "path",
            "name": "id",
            "required": True,
            "description": f"The id of the {what} that the request is intended to retrieve.",
            "schema": {"type": "string", "format": "uuid"},
        }
    ]


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses) -> dict:
    text = {"400": "A parameter is not valid.", "404": "Nothing published has this id."}
    return {
        status: {"$ref": "#/components/responses/Error"} | {"description": text[status]}
        for status in statuses
    }


def _page_of(schema_url: str) -> dict:
    return {
        "properties": {"contents": {"type": "array", "items": {"$ref": schema_url}}},
        "allOf": [{"$ref": "#/components/schemas/Page"}],
    }


def _get(operation_id: str, summary: str, responses: dict, parameters=()) -> dict:
    operation = {"get": {"summary": summary, "operationId": operation_id, "responses": responses}}
    if parameters:
        operation["get"]["parameters"] = [_ref(name) for name in parameters]
    return operation


def _paths() -> dict:
    listing = ("search", "page", "per_page", "format")
    service_filters = ("taxonomy_term_id", "organization_id", "modified_after")
    return {
        "/": _get(
            "getAPIMetaInformation",
            "Retrieve information about this API and its relationship with HSDS.",
            {"200": {"$ref": "#/components/responses/Meta"}},
        ),
        "/services/{id}": {"parameters": _path_id("service")}
        | _get(
            "getFullyNestedServiceById",
            "Retrieves a fully nested service with all related data with id.",
            {
                "200": _json(
                    "A fully nested service.", {"$ref": SCHEMAS + "compiled/service.json"}
                ),
                **_errors("400", "404"),
            },
        ),
        "/services": _get(
            "getPaginatedListOfServices",
            "Retrieves paginated listings of services that only have one-to-one fields in them.",
            {
                "200": _json(
                    "A paginated list of services.",
                    _page_of(SCHEMAS + "compiled/service_list.json"),
                ),
                **_errors("400"),
            },
            (*listing, *service_filters, "minimal", "full"),
        ),
        "/taxonomies/{id}": {"parameters": _path_id("taxonomy")}
        | _get(
            "getTaxonomyById",
            "Retrieves full information on a taxonomy by {id}.",
            {
                "200": _json("Full information on taxonomy.", {"$ref": SCHEMAS + "taxonomy.json"}),
                **_errors("400", "404"),
            },
        ),
        "/taxonomies": _get(
            "getPaginatedListOfTaxonomies",
            "Paginated listing of taxonomies.",
            {
                "200": _json(
                    "Paginated listing of taxonomies.", _page_of(SCHEMAS + "taxonomy.json")
                ),
                **_errors("400"),
            },
            listing,
        ),
        "/taxonomy_terms/{id}": {"parameters": _path_id("taxonomy term")}
        | _get(
            # The HSDS file swaps the two taxonomy term operation ids; kept as published.
            "getPaginatedListOfTaxonomyTerms",
            "Full information on a taxonomy term.",
            {
                "200": _json(
                    "Full information on a taxonomy term.", {"$ref": SCHEMAS + "taxonomy_term.json"}
                ),
                **_errors("400", "404"),
            },
        ),
        "/taxonomy_terms": _get(
            "getTaxonomyTermById",
            "Paginated listing of taxonomy terms",
            {
                "200": _json(
                    "Paginated listing of taxonomy terms", _page_of(SCHEMAS + "taxonomy_term.json")
                ),
                **_errors("400"),
            },
            (*listing, "taxonomy_id", "parent_id"),
        ),
        "/organizations/{id}": {"parameters": _path_id("organization")}
        | _get(
            "getOrganizationById",
            "Fully nested organization with service array.",
            {
                "200": _json(
                    "Fully nested organization.", {"$ref": SCHEMAS + "compiled/organization.json"}
                ),
                **_errors("400", "404"),
            },
        ),
        "/organizations": _get(
            "getPaginatedListOfOrganizations",
            "Paginated list of basic Organization information",
            {
                "200": _json(
                    "Paginated list of basic Organization information.",
                    _page_of(SCHEMAS + "compiled/organization_list.json"),
                ),
                **_errors("400"),
            },
            ("search", "full_service", "full", "page", "per_page", "format"),
        ),
        "/service_at_locations": _get(
            "getPaginatedListOfServiceAtLocation",
            "Retrieve paginated listings of service_at_location that only have one-to-one "
            "fields in them.",
            {
                "200": _json(
                    "Paginated listings of service_at_location.",
                    _page_of(SCHEMAS + "compiled/service_at_location_list.json"),
                ),
                **_errors("400"),
            },
            ("search", *service_filters, "full", "page", "per_page", "format"),
        ),
    }


PAGE_SCHEMA = {
    "type": "object",
    "properties": {
        "total_items": {"type": "integer", "description": "The total number of entities."},
        "total_pages": {"type": "integer", "description": "Count of total pages."},
        "page_number": {"type": "integer", "description": "The number of the current page"},
        "size": {"type": "integer", "description": "The number of entities in the current page."},
        "first_page": {"type": "boolean", "description": "Whether this is the first page"},
        "last_page": {"type": "boolean", "description": "Whether this is the last page"},
        "empty": {"type": "boolean", "description": "Whether this page has no entities"},
    },
}

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "message"],
            "properties": {
                "status": {"type": "integer"},
                "message": {"type": "string"},
                "parameter": {"type": "string", "description": "The parameter at fault."},
            },
        }
    },
}


def document(server_url: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Connection Hub programs directory (Open Referral HSDS)",
            "version": "1.0.0",
            "summary": f"The published community programs as HSDS {HSDS_VERSION}.",
            "description": (
                "Read-only. Only published programs appear; ids are stable UUIDs. Text is "
                "in the site's default language; times are local wall-clock times and each "
                "schedule's `timezone` is the UTC offset on its first date."
            ),
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": _paths(),
        "components": {
            "schemas": {"Page": PAGE_SCHEMA, "Error": ERROR_SCHEMA},
            "parameters": PARAMETERS,
            "responses": {
                "Error": _json("An error.", {"$ref": "#/components/schemas/Error"}),
                "Meta": _json(
                    "Information about this API.",
                    {
                        "type": "object",
                        "properties": {
                            "version": {"type": "string"},
                            "profile": {"type": "string", "format": "uri"},
                            "openapi_url": {"type": "string", "format": "uri"},
                        },
                    },
                ),
            },
        },
    }
