from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PredictionMetrics")


class PredictionMetrics:
    """Measurements of a run; models may report more than these.

    Attributes:
        predict_time (float | None | Unset): Seconds of CPU or GPU time spent running, not waiting.
        total_time (float | None | Unset): Seconds from creation to completion.
        input_token_count (int | None | Unset): Tokens read (language models).
        output_token_count (int | None | Unset): Tokens written (language models).
        tokens_per_second (float | None | Unset): Output speed (language models).
        time_to_first_token (float | None | Unset): Seconds until the first output token (language models).
    """

    __slots__ = (
        "predict_time",
        "total_time",
        "input_token_count",
        "output_token_count",
        "tokens_per_second",
        "time_to_first_token",
        "additional_properties",
    )

    predict_time: float | None | Unset
    total_time: float | None | Unset
    input_token_count: int | None | Unset
    output_token_count: int | None | Unset
    tokens_per_second: float | None | Unset
    time_to_first_token: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        predict_time: float | None | Unset = UNSET,
        total_time: float | None | Unset = UNSET,
        input_token_count: int | None | Unset = UNSET,
        output_token_count: int | None | Unset = UNSET,
        tokens_per_second: float | None | Unset = UNSET,
        time_to_first_token: float | None | Unset = UNSET,
    ) -> None:
        self.predict_time = predict_time
        self.total_time = total_time
        self.input_token_count = input_token_count
        self.output_token_count = output_token_count
        self.tokens_per_second = tokens_per_second
        self.time_to_first_token = time_to_first_token
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        predict_time: float | None | Unset
        if isinstance(self.predict_time, Unset):
            predict_time = UNSET
        else:
            predict_time = self.predict_time

        total_time: float | None | Unset
        if isinstance(self.total_time, Unset):
            total_time = UNSET
        else:
            total_time = self.total_time

        input_token_count: int | None | Unset
        if isinstance(self.input_token_count, Unset):
            input_token_count = UNSET
        else:
            input_token_count = self.input_token_count

        output_token_count: int | None | Unset
        if isinstance(self.output_token_count, Unset):
            output_token_count = UNSET
        else:
            output_token_count = self.output_token_count

        tokens_per_second: float | None | Unset
        if isinstance(self.tokens_per_second, Unset):
            tokens_per_second = UNSET
        else:
            tokens_per_second = self.tokens_per_second

        time_to_first_token: float | None | Unset
        if isinstance(self.time_to_first_token, Unset):
            time_to_first_token = UNSET
        else:
            time_to_first_token = self.time_to_first_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if predict_time is not UNSET:
            field_dict["predict_time"] = predict_time
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if input_token_count is not UNSET:
            field_dict["input_token_count"] = input_token_count
        if output_token_count is not UNSET:
            field_dict["output_token_count"] = output_token_count
        if tokens_per_second is not UNSET:
            field_dict["tokens_per_second"] = tokens_per_second
        if time_to_first_token is not UNSET:
            field_dict["time_to_first_token"] = time_to_first_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        predict_time = d.pop("predict_time", UNSET)

        total_time = d.pop("total_time", UNSET)

        input_token_count = d.pop("input_token_count", UNSET)

        output_token_count = d.pop("output_token_count", UNSET)

        tokens_per_second = d.pop("tokens_per_second", UNSET)

        time_to_first_token = d.pop("time_to_first_token", UNSET)

        prediction_metrics = cls(
            predict_time=predict_time,
            total_time=total_time,
            input_token_count=input_token_count,
            output_token_count=output_token_count,
            tokens_per_second=tokens_per_second,
            time_to_first_token=time_to_first_token,
        )
        prediction_metrics.additional_properties = d
        return prediction_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
