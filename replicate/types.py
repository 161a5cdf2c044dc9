"""The response models, for annotations: `from replicate.types import Prediction`.

They are the generated package's models (what the client's methods return), each loaded
on first use so that importing this module costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from replicate_api.models import Account as Account
    from replicate_api.models import AccountType as AccountType
    from replicate_api.models import Collection as Collection
    from replicate_api.models import CollectionSummary as CollectionSummary
    from replicate_api.models import Deployment as Deployment
    from replicate_api.models import DeploymentConfiguration as DeploymentConfiguration
    from replicate_api.models import DeploymentRelease as DeploymentRelease
    from replicate_api.models import File as File
    from replicate_api.models import FileChecksums as FileChecksums
    from replicate_api.models import FileMetadata as FileMetadata
    from replicate_api.models import FileUrls as FileUrls
    from replicate_api.models import Hardware as Hardware
    from replicate_api.models import Model as Model
    from replicate_api.models import ModelVisibility as ModelVisibility
    from replicate_api.models import Prediction as Prediction
    from replicate_api.models import PredictionInput as PredictionInput
    from replicate_api.models import PredictionMetrics as PredictionMetrics
    from replicate_api.models import PredictionSource as PredictionSource
    from replicate_api.models import PredictionStatus as PredictionStatus
    from replicate_api.models import PredictionUrls as PredictionUrls
    from replicate_api.models import SearchCollection as SearchCollection
    from replicate_api.models import SearchModel as SearchModel
    from replicate_api.models import SearchModelMetadata as SearchModelMetadata
    from replicate_api.models import SearchResults as SearchResults
    from replicate_api.models import Training as Training
    from replicate_api.models import TrainingInput as TrainingInput
    from replicate_api.models import TrainingOutput as TrainingOutput
    from replicate_api.models import Version as Version
    from replicate_api.models import VersionSchema as VersionSchema
    from replicate_api.models import WebhookEventType as WebhookEventType
    from replicate_api.models import WebhookSecret as WebhookSecret
    from replicate_api.types import BaseModel as BaseModel

__all__ = [
    "Account",
    "AccountType",
    "BaseModel",
    "Collection",
    "CollectionSummary",
    "Deployment",
    "DeploymentConfiguration",
    "DeploymentRelease",
    "File",
    "FileChecksums",
    "FileMetadata",
    "FileUrls",
    "Hardware",
    "Model",
    "ModelVisibility",
    "Prediction",
    "PredictionInput",
    "PredictionMetrics",
    "PredictionSource",
    "PredictionStatus",
    "PredictionUrls",
    "SearchCollection",
    "SearchModel",
    "SearchModelMetadata",
    "SearchResults",
    "Training",
    "TrainingInput",
    "TrainingOutput",
    "Version",
    "VersionSchema",
    "WebhookEventType",
    "WebhookSecret",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    source = "replicate_api.types" if name == "BaseModel" else "replicate_api.models"
    value = getattr(import_module(source), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
