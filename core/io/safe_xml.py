"""Parse XML from outside the program safely (defusedxml).

Document type declarations are refused outright, and with them entity declarations
(billion-laughs bombs) and external entities or DTDs, so a hostile file can neither blow up
memory nor make us read other files. Measurement files from Seamly2D/Valentina never carry a
DTD. Every failure is an ``InputError`` naming the file and what is wrong, never a traceback.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree as SafeET

from ..errors import InputError


def parse_xml(data: bytes, source: str = "") -> Element:
    """The root element of ``data``; raises InputError for unsafe or malformed XML."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except defusedxml.DTDForbidden:
        raise InputError("XML document type declaration (<!DOCTYPE ...>) refused: entity "
                         "declarations and external DTDs are not allowed in measurement files "
                         "(entity-expansion attack?)", source=source) from None
    except defusedxml.EntitiesForbidden as error:
        raise InputError(f"XML entity declaration {error.name!r} refused (entity expansion is "
                         "not allowed in measurement files)", source=source) from None
    except defusedxml.ExternalReferenceForbidden:
        raise InputError("XML external reference refused (external entities are not "
                         "allowed in measurement files)", source=source) from None
    except defusedxml.DefusedXmlException as error:
        raise InputError(f"unsafe XML refused ({type(error).__name__})", source=source) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise InputError(f"not well-formed XML at line {line}, column {column}; expected a "
                         "complete XML document", source=source) from None
    except (ValueError, LookupError, UnicodeError, RecursionError) as error:
        raise InputError(f"unreadable XML ({type(error).__name__}); expected a UTF-8 XML "
                         "document", source=source) from None


def child_text(parent: Element | None, tag: str) -> str:
    """Stripped text of ``parent``'s first child ``tag`` ('' when absent or empty)."""
    if parent is None:
        return ""
    node = parent.find(tag)
    if node is None or node.text is None:
        return ""
    return node.text.strip()
