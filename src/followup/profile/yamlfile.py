"""Reading a YAML file of the user's: the one way in for profiles, candidate files,
settings, template front matter and phrases.yaml.

Bounded: a small regular file (smallfile: a pipe, a device or a huge file is refused
unread), and aliases that cannot make more of it. Safe: PyYAML's safe loader, the C one
when present, with dates kept as text so that msgspec checks them. Strict: a key twice in
a mapping, or a text of nothing but spaces, is an error. With positions: every error names
the file, line and field, from the path of keys and indexes (["interviews", 0, "date"]) to
the value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec
import yaml

from followup.errors import FollowupError, ProfileError
from followup.profile.smallfile import MAX_BYTES, SIZE_LIMIT, field_name, read_file
from followup.profile.yamltree import Found, check_tree, shown

if TYPE_CHECKING:  # types only: nothing more to build at each start
    from followup.profile.messages import Finding, Unmatched
    from followup.profile.smallfile import Keys, MakeError

_LIBYAML = hasattr(yaml, "CSafeLoader")


class Loader(yaml.CSafeLoader if _LIBYAML else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML, except dates stay text so that msgspec checks them (a bad date
    then gets a line and field instead of a ValueError from deep inside PyYAML)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {
        first: [(tag, pattern) for tag, pattern in resolvers
                if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


class Document(msgspec.Struct, frozen=True):
    """A YAML file, read: its data, its nodes (for lines), and how its errors are named."""

    path: Path
    data: Any
    root: yaml.Node | None
    prefix: str = ""  # the field the root is, in messages: "candidate" in a candidate file
    error: MakeError = ProfileError

    def refuse(self, problem: str, parts: Keys = (), fix: str | None = None, *,
               key: bool = False) -> FollowupError:
        """An error about the value at `parts` (the key naming it, with `key`)."""
        return self.error(self.path, problem, line=line_of(self.root, parts, key=key),
                          field=field_name(self.prefix, parts) or None, fix=fix)


# ---------------------------------------------------------------- reading


def read(path: Path, what: str, *, missing: str | None = None,
         error: MakeError = ProfileError) -> Document:
    """`path` read (smallfile.read_file) and parsed (parse)."""
    return parse(path, read_file(path, what, missing=missing, error=error), error=error)


def parse(path: Path, raw: bytes | str, *, prefix: str = "", error: MakeError = ProfileError,
          syntax: Callable[..., tuple[str, str | None]] | None = None) -> Document:
    """`raw`, the content of `path`, as a Document; any problem an `error` naming the line,
    a syntax error in the words of `syntax` ((context, problem) -> (problem, fix)) if given.
    Part of a file (front matter) is given with a blank line for each line before it."""
    def refuse(problem: str, line: int | None = None, fix: str | None = None) -> FollowupError:
        return error(path, problem, line=line, fix=fix)

    text = _decode(raw, refuse)
    loader = None
    try:
        loader = Loader(text)
        root = loader.get_single_node()
        if root is not None:
            if "*" in text:  # aliases: what they would expand to, before any walk over it
                _check_aliases(root, Document(path, None, root, prefix, error))
            check_tree(root, text.splitlines() if " #" in text else None)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as failure:
        mark = failure.problem_mark or failure.context_mark
        context, problem = failure.context, failure.problem
        words = syntax(context, problem) if syntax else (
            f"YAML syntax: {' '.join(filter(None, [context, problem]))}", "Check the "
            "indentation and quote values that contain ': ' or start with a special character.")
        raise refuse(words[0], mark.line + 1 if mark else None, words[1]) from None
    except yaml.reader.ReaderError as failure:  # a character YAML does not allow in a file
        at = failure.position  # libyaml counts bytes of UTF-8, PyYAML characters
        line = (text.encode()[:at].count(b"\n") if _LIBYAML else text[:at].count("\n")) + 1
        raise refuse(f"contains the control character U+{failure.character:04X}", line,
                     "Remove it (it may have come in with pasted text): YAML allows no "
                     "control character but tab and line breaks.") from None
    except yaml.YAMLError as failure:
        raise refuse(f"YAML: {failure}") from None
    except (ValueError, OverflowError) as failure:  # a value of an explicit tag (!!timestamp)
        raise refuse(f"YAML: a value cannot be read ({failure})") from None
    except Found as found:
        raise error(path, found.problem, line=found.node.start_mark.line + 1,
                    field=field_name(prefix, found.parts) or None, fix=found.fix) from None
    except RecursionError:  # nested deeper than any file of ours, and than Python's stack
        raise refuse("YAML: nested too deeply", fix="A profile nests a few levels deep: check "
                     "the brackets and the indentation.") from None
    finally:
        if loader is not None:
            loader.dispose()
    return Document(path, data, root, prefix, error)


def _decode(raw: bytes | str, refuse: Callable[..., FollowupError]) -> str:
    if isinstance(raw, str):
        return raw
    text = raw.removeprefix(b"\xef\xbb\xbf")  # utf-8-sig's work, without importing its codec
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError as failure:
        raise refuse("is not UTF-8 text", text[: failure.start].count(b"\n") + 1,
                     "Save the file with UTF-8 encoding.") from None


def convert(data: Any, kind: type[Any], document: Document, *, unmatched: Unmatched | None = None,
            explain: Callable[..., Finding] | None = None) -> Any:
    """`data` (the document's, or made from it) as `kind`, validated by msgspec; an error
    at the line and field that msgspec names, in words (messages.explain, or a
    file's own `explain`). `unmatched` words a text that its field's pattern refuses:
    (value, msgspec's problem, field) -> (problem, fix), or None for the plain words."""
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as failure:
        from followup.profile import messages  # only when something is wrong

        found = (explain or messages.explain)(str(failure), kind, data, unmatched)
        raise document.refuse(found.problem, found.parts, found.fix, key=found.key) from None


# ---------------------------------------------------------------- the walks over the nodes


def _check_aliases(root: yaml.Node, document: Document) -> None:
    """What the aliases (*name) of a document would expand to, measured with each node once
    (by identity): refused past MAX_BYTES, and when an alias names a mapping or list it is
    in. Built, such a document (a "billion laughs") would take all memory and time, and so
    would every walk over it. Without recursion: the nesting is the document's."""
    size: dict[int, int] = {}  # id(node): its size with aliases expanded, once measured
    repeated = 0  # the size that aliases add, so far
    stack: list[list[Any]] = []  # [node, its children, the next one, size so far], root first
    on_stack: set[int] = set()

    def push(node: yaml.Node) -> None:
        children = node.value
        if isinstance(node, yaml.MappingNode):  # key, value, key, value, ...
            children = [child for pair in children for child in pair]
        stack.append([node, children, 0, 1])
        on_stack.add(id(node))

    def refuse(problem: str, fix: str) -> FollowupError:
        return document.error(document.path, problem, line=_alias_line(stack[-1]),
                              field=_field_at(stack, document.prefix) or None, fix=fix)

    push(root)
    while stack:
        frame = stack[-1]
        node, children = frame[0], frame[1]
        while frame[2] < len(children):
            child = children[frame[2]]
            frame[2] += 1
            if id(child) in size:  # met before: an alias repeats all of it here
                frame[3] += size[id(child)]
                repeated += size[id(child)]
                if repeated > MAX_BYTES:
                    raise refuse(f"aliases (*name), with this one, repeat more than "
                                 f"{SIZE_LIMIT} of values", "Write the values out instead: a "
                                 "profile needs few aliases, if any.")
            elif id(child) in on_stack:
                raise refuse("an alias (*name) here stands for a mapping or list that holds "
                             "it, which would never end", "Write the value out instead of the "
                             "alias.")
            elif isinstance(child, yaml.ScalarNode):
                size[id(child)] = len(child.value) or 1
                frame[3] += size[id(child)]
            else:
                push(child)
                break  # measure the child first
        else:
            stack.pop()
            on_stack.discard(id(node))
            size[id(node)] = frame[3]
            if stack:
                stack[-1][3] += frame[3]


def _alias_line(frame: list[Any]) -> int:
    """The line of the child a frame of _check_aliases was last at: in a mapping, its key's
    (an alias is its anchor's node, whose line is the anchor's); in a list, the list's."""
    node, children, position = frame[0], frame[1], frame[2]
    if isinstance(node, yaml.MappingNode):
        node = children[(position - 1) & ~1]  # the key of the pair
    return int(node.start_mark.line) + 1


def _field_at(stack: list[list[Any]], prefix: str) -> str:
    """The field of the node each collection on the stack was last at, as messages name it."""
    field = prefix
    for node, children, position, _ in stack:
        if isinstance(node, yaml.MappingNode):
            key = children[(position - 1) & ~1]  # the key of the pair
            name = shown(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            field = f"{field}.{name}" if field else name
        else:
            field = f"{field}[{position - 1}]"
    return field


# ---------------------------------------------------------------- positions


def _walk(root: yaml.Node | None, parts: Keys) -> Iterator[tuple[yaml.Node | None, yaml.Node]]:
    """(the key naming it, or None in a list, and the node) for each step of `parts`
    below `root`, as far as the file goes."""
    node = root
    for part in parts:
        key = None
        if isinstance(node, yaml.MappingNode):
            key, node = next(((key, value) for key, value in node.value
                              if isinstance(key, yaml.ScalarNode) and key.value == part),
                             (None, None))
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return
        if node is None:
            return
        yield key, node


def line_of(root: yaml.Node | None, parts: Keys = (), *, key: bool = False) -> int | None:
    """1-based line of the node at `parts` below `root`, or with `key` of the key naming it
    (a block value starts on the line after its key). Where the path leaves the file (a
    missing field), the line of the deepest node found."""
    steps, name, node = 0, None, root
    for steps, (name, node) in enumerate(_walk(root, parts), start=1):  # noqa: B007
        pass  # to the last step
    found = name if key and name is not None and steps == len(parts) else node
    return found.start_mark.line + 1 if found is not None else None
