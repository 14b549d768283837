"""The HTTP side of ``kg serve``: the SPARQL 1.1 Protocol at /sparql, the HTML graph at /, and a
query page whose scripts come from this server. Starlette parses HTTP; the queries themselves
run in the worker pool (kg/serve/workers.py), never in this process."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.serve.workers import QueryRequest, WorkerPool

__all__ = ["MAX_QUERY_BYTES", "make_app"]

MAX_QUERY_BYTES = 256 * 1024
_FORM = "application/x-www-form-urlencoded"
_COMMON_HEADERS = {"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff"}


def _static() -> Path:
    return Path(str(resources.files("kg.serve") / "static"))


def _plain(status: int, message: str) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8",
                    headers=_COMMON_HEADERS)


def _bindings(params: Any) -> dict[str, str]:
    """``$name=value`` parameters: values bound as string literals by the engine (the query
    page's parameters; not part of the SPARQL Protocol, which has no way to bind)."""
    return {key[1:]: value for key, value in params.items()
            if key.startswith("$") and key[1:].isidentifier()}


def make_app(pool: WorkerPool, graph_html: Path | None = None) -> Starlette:
    async def sparql(request: Request) -> Response:
        params = request.query_params
        query: str | None = params.get("query")
        if params.get("update") is not None:
            return _plain(403, "SPARQL Update is refused: this endpoint is read-only")
        default_graphs = params.getlist("default-graph-uri")
        named_graphs = params.getlist("named-graph-uri")
        bindings = _bindings(params)
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if len(body) > MAX_QUERY_BYTES:
                return _plain(413, f"query too long (over {MAX_QUERY_BYTES} bytes)")
            if media == "application/sparql-update":
                return _plain(403, "SPARQL Update is refused: this endpoint is read-only")
            if media == _FORM:
                fields = parse_qsl(body.decode("utf-8", errors="replace"),
                                   keep_blank_values=True)
                form = dict(fields)
                if "update" in form:
                    return _plain(403, "SPARQL Update is refused: this endpoint is read-only")
                query = form.get("query")
                default_graphs += [v for k, v in fields if k == "default-graph-uri"]
                named_graphs += [v for k, v in fields if k == "named-graph-uri"]
                bindings.update(_bindings(form))
            elif media == "application/sparql-query":
                query = body.decode("utf-8", errors="replace")
            else:
                return _plain(415, "send the query as application/sparql-query or as a "
                                   f"{_FORM} form with a 'query' field")
        if not query:
            return _plain(400, "no query: send ?query=... (GET) or POST a query")
        if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
            return _plain(413, f"query too long (over {MAX_QUERY_BYTES} bytes)")
        accept = params.get("format") or request.headers.get("accept", "*/*")
        answer = await run_in_threadpool(pool.ask, QueryRequest(
            query, accept, tuple(default_graphs), tuple(named_graphs), bindings))
        headers = dict(_COMMON_HEADERS)
        if answer.notice:
            headers["Kg-Notice"] = answer.notice
            headers["Access-Control-Expose-Headers"] = "Kg-Notice"
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                        headers=headers)

    async def home(_: Request) -> Response:
        if graph_html is not None and graph_html.is_file():
            return FileResponse(graph_html, media_type="text/html")
        return RedirectResponse("/query")

    async def query_page(_: Request) -> Response:
        return FileResponse(_static() / "query.html", media_type="text/html")

    async def queries(_: Request) -> Response:
        from kg.query import catalogue, named_query

        return JSONResponse([{"name": info.name, "question": info.question,
                              "parameters": list(info.parameters),
                              "text": named_query(info.name)} for info in catalogue()])

    @asynccontextmanager
    async def lifespan(_: Starlette) -> Any:
        yield
        pool.close()

    return Starlette(routes=[
        Route("/", home),
        Route("/query", query_page),
        Route("/queries", queries),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=_static()), name="static"),
    ], lifespan=lifespan)
