"""The code's layers: arrows point down only.

    site level   connection_hub/ (urls, views, search page, sitemaps, demo, settings)
    apps         kits, listings -> programs, resources;  workshops -> resources;
                 programs -> resources;  resources
    core         connection_hub/core/ (imports no app and no site-level module)

Every module of the project is parsed with ``ast``; every import it makes, at the top
or inside a function, is checked against the layer it belongs to.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("connection_hub", "resources", "programs", "workshops", "kits", "listings")

# What each layer may import from the project (besides itself).
ALLOWED = {
    "core": set(),
    "resources": {"core"},
    "programs": {"core", "resources"},
    "workshops": {"core", "resources"},
    "kits": {"core", "resources", "programs"},
    "listings": {"core", "resources", "programs"},
    "site": {"core", "resources", "programs", "workshops", "kits", "listings"},
}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "connection_hub":
        return "core" if parts[1:2] == ["core"] else "site"
    if parts[0] in ALLOWED:
        return parts[0]
    return None  # Django, third-party, the standard library


def project_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).with_suffix("")
            parts = list(relative.parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


def imports_of(module: str, path: Path):
    """(imported module, line, inside a function?) for every import in ``path``."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    local = {id(n) for f in functions for n in ast.walk(f) if n is not f}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module
            # "from connection_hub.core import search" imports connection_hub.core.search
            names = [f"{prefix}.{alias.name}" for alias in node.names] if prefix else []
        else:
            continue
        for name in names:
            yield name, node.lineno, id(node) in local


MODULES = list(project_modules())


def test_the_walk_sees_the_whole_project():
    names = {name for name, _ in MODULES}
    assert {"connection_hub.core.models", "resources.models", "programs.models"} <= names
    assert "connection_hub.urls" in names


@pytest.mark.parametrize("module,path", MODULES, ids=[m for m, _ in MODULES])
def test_no_import_points_up_or_sideways(module, path):
    mine = layer_of(module)
    wrong = []
    for name, line, _local in imports_of(module, path):
        theirs = layer_of(name)
        if theirs is None or theirs == mine:
            continue
        if theirs not in ALLOWED[mine]:
            wrong.append(f"{path.relative_to(ROOT)}:{line} ({mine}) imports {name} ({theirs})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("module,path", MODULES, ids=[m for m, _ in MODULES])
def test_function_local_imports_only_where_django_needs_them(module, path):
    """Imports inside functions hide circles. Only ``AppConfig.ready`` (models are not
    loaded when apps.py is imported) and migrations (historical models) may have them."""
    if ".migrations." in module or module.endswith(".apps"):
        return
    local = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for name, line, inside in imports_of(module, path)
        if inside and layer_of(name) is not None
    ]
    assert not local, "\n".join(local)


def test_the_checker_catches_a_back_arrow(tmp_path):
    """The walk itself: a library module importing the directory is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from programs.models import Program\n")
    found = list(imports_of("resources.bad", bad))
    assert found == [("programs.models.Program", 2, True)]
    assert layer_of(found[0][0]) not in ALLOWED["resources"]


# Template tag libraries and the layer that provides them.
TAG_LIBRARIES = {"hub": "core", "library": "resources", "programs": "programs"}
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


def template_layer(path: Path) -> str:
    section = path.relative_to(ROOT / "templates").parts[0]
    return section if section in ALLOWED and section != "core" else "site"


@pytest.mark.parametrize("path", TEMPLATES, ids=[str(p.relative_to(ROOT)) for p in TEMPLATES])
def test_templates_load_only_tag_libraries_below_them(path):
    mine = template_layer(path)
    loads = re.findall(r"{%\s*load\s+([^%]+?)\s*%}", path.read_text())
    libraries = {name for load in loads for name in load.split() if name in TAG_LIBRARIES}
    wrong = {
        name
        for name in libraries
        if TAG_LIBRARIES[name] != mine and TAG_LIBRARIES[name] not in ALLOWED[mine]
    }
    assert not wrong, f"{path.relative_to(ROOT)} ({mine}) loads {sorted(wrong)}"
