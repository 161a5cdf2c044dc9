"""Data models of the Replicate API.

Each model is imported on first use, so importing one endpoint loads only the
modules it needs instead of every model in the package.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_type import AccountType
    from .collection import Collection
    from .collection_page import CollectionPage
    from .collection_summary import CollectionSummary
    from .deployment import Deployment
    from .deployment_configuration import DeploymentConfiguration
    from .deployment_create_request import DeploymentCreateRequest
    from .deployment_page import DeploymentPage
    from .deployment_release import DeploymentRelease
    from .deployment_update_request import DeploymentUpdateRequest
    from .file import File
    from .file_checksums import FileChecksums
    from .file_create_request import FileCreateRequest
    from .file_metadata import FileMetadata
    from .file_page import FilePage
    from .file_urls import FileUrls
    from .hardware import Hardware
    from .model import Model
    from .model_create_request import ModelCreateRequest
    from .model_page import ModelPage
    from .model_sort_field import ModelSortField
    from .model_update_request import ModelUpdateRequest
    from .model_visibility import ModelVisibility
    from .prediction import Prediction
    from .prediction_input import PredictionInput
    from .prediction_metrics import PredictionMetrics
    from .prediction_page import PredictionPage
    from .prediction_request import PredictionRequest
    from .prediction_source import PredictionSource
    from .prediction_status import PredictionStatus
    from .prediction_urls import PredictionUrls
    from .problem import Problem
    from .search_collection import SearchCollection
    from .search_docs_page import SearchDocsPage
    from .search_model import SearchModel
    from .search_model_metadata import SearchModelMetadata
    from .search_results import SearchResults
    from .sort_direction import SortDirection
    from .training import Training
    from .training_input import TrainingInput
    from .training_output import TrainingOutput
    from .training_page import TrainingPage
    from .training_request import TrainingRequest
    from .version import Version
    from .version_page import VersionPage
    from .version_prediction_request import VersionPredictionRequest
    from .version_schema import VersionSchema
    from .webhook_event_type import WebhookEventType
    from .webhook_secret import WebhookSecret

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "AccountType": ".account_type",
    "Collection": ".collection",
    "CollectionPage": ".collection_page",
    "CollectionSummary": ".collection_summary",
    "Deployment": ".deployment",
    "DeploymentConfiguration": ".deployment_configuration",
    "DeploymentCreateRequest": ".deployment_create_request",
    "DeploymentPage": ".deployment_page",
    "DeploymentRelease": ".deployment_release",
    "DeploymentUpdateRequest": ".deployment_update_request",
    "File": ".file",
    "FileChecksums": ".file_checksums",
    "FileCreateRequest": ".file_create_request",
    "FileMetadata": ".file_metadata",
    "FilePage": ".file_page",
    "FileUrls": ".file_urls",
    "Hardware": ".hardware",
    "Model": ".model",
    "ModelCreateRequest": ".model_create_request",
    "ModelPage": ".model_page",
    "ModelSortField": ".model_sort_field",
    "ModelUpdateRequest": ".model_update_request",
    "ModelVisibility": ".model_visibility",
    "Prediction": ".prediction",
    "PredictionInput": ".prediction_input",
    "PredictionMetrics": ".prediction_metrics",
    "PredictionPage": ".prediction_page",
    "PredictionRequest": ".prediction_request",
    "PredictionSource": ".prediction_source",
    "PredictionStatus": ".prediction_status",
    "PredictionUrls": ".prediction_urls",
    "Problem": ".problem",
    "SearchCollection": ".search_collection",
    "SearchDocsPage": ".search_docs_page",
    "SearchModel": ".search_model",
    "SearchModelMetadata": ".search_model_metadata",
    "SearchResults": ".search_results",
    "SortDirection": ".sort_direction",
    "Training": ".training",
    "TrainingInput": ".training_input",
    "TrainingOutput": ".training_output",
    "TrainingPage": ".training_page",
    "TrainingRequest": ".training_request",
    "Version": ".version",
    "VersionPage": ".version_page",
    "VersionPredictionRequest": ".version_prediction_request",
    "VersionSchema": ".version_schema",
    "WebhookEventType": ".webhook_event_type",
    "WebhookSecret": ".webhook_secret",
}

__all__ = (
    "Account",
    "AccountType",
    "Collection",
    "CollectionPage",
    "CollectionSummary",
    "Deployment",
    "DeploymentConfiguration",
    "DeploymentCreateRequest",
    "DeploymentPage",
    "DeploymentRelease",
    "DeploymentUpdateRequest",
    "File",
    "FileChecksums",
    "FileCreateRequest",
    "FileMetadata",
    "FilePage",
    "FileUrls",
    "Hardware",
    "Model",
    "ModelCreateRequest",
    "ModelPage",
    "ModelSortField",
    "ModelUpdateRequest",
    "ModelVisibility",
    "Prediction",
    "PredictionInput",
    "PredictionMetrics",
    "PredictionPage",
    "PredictionRequest",
    "PredictionSource",
    "PredictionStatus",
    "PredictionUrls",
    "Problem",
    "SearchCollection",
    "SearchDocsPage",
    "SearchModel",
    "SearchModelMetadata",
    "SearchResults",
    "SortDirection",
    "Training",
    "TrainingInput",
    "TrainingOutput",
    "TrainingPage",
    "TrainingRequest",
    "Version",
    "VersionPage",
    "VersionPredictionRequest",
    "VersionSchema",
    "WebhookEventType",
    "WebhookSecret",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
