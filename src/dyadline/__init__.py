"""dyadline: political event data from news text."""

from dyadline.records import Actor, CodedDocument, Document, Event, Failure, Place, Trigger

__version__ = "0.1.0"

__all__ = ["Actor", "CodedDocument", "Document", "Event", "Failure", "Place", "Trigger", "__version__"]
