"""The seed data: local stand-ins for the models Replicate's documentation uses.

Every model here is a small deterministic Python function, not the real model: the same
input always gives the same output. They exist so that examples, tests and the demo run
offline. Timings are on the model clock (divided by the server's ``speed``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from ._png import fake_video, render_png
from ._registry import ModelRecord, OutputFile, make_version
from ._schema import JsonSchema

ACCOUNT_USERNAME = "acme"
SEED_EPOCH = 1_735_689_600.0  # 2025-01-01T00:00:00Z: seed versions are dated from here

HELLO_WORLD_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SDXL_VERSION = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"

_STAND_IN = (
    "This is a deterministic local stand-in served by replicate.testing, not the real model."
)


# -- model functions -----------------------------------------------------------------------


def hello_world(text: str) -> str:
    """Say hello."""
    return f"hello {text}"


def _reply_for(prompt: str, system_prompt: str) -> str:
    topic = " ".join(prompt.split()[:12]) or "nothing in particular"
    persona = f" ({system_prompt.strip()})" if system_prompt.strip() else ""
    return (
        f"You asked about: {topic}. Here is a deterministic answer from the local "
        f"stand-in for anthropic/claude-sonnet-4{persona}. It streams one word at a time, "
        "so clients can practise reading server-sent events."
    )


def claude_sonnet_4(
    prompt: str = "",
    system_prompt: str = "",
    max_tokens: int = 8192,
    image: Path | None = None,  # a URL when called; Path gives the field `format: uri`
    extended_thinking: bool = False,
) -> Iterator[str]:
    """Yield a canned reply word by word (each word with its trailing space)."""
    words = re.findall(r"\S+\s*", _reply_for(prompt, system_prompt))
    yield from words[: max(1, max_tokens)]


def nano_banana(
    prompt: str,
    image_input: list[Path] | None = None,
    output_format: Literal["jpg", "png"] = "png",
) -> OutputFile:
    """Render the prompt into a PNG (the output format is always PNG here)."""
    return OutputFile(render_png(prompt, width=512, height=512), "output.png", "image/png")


def sdxl(
    prompt: str = "An astronaut riding a rainbow unicorn",
    negative_prompt: str = "",
    width: int = 1024,
    height: int = 1024,
    num_outputs: int = 1,
    seed: int | None = None,
    scheduler: str = "K_EULER",
    guidance_scale: float = 7.5,
    num_inference_steps: int = 50,
) -> list[OutputFile]:
    """Render ``num_outputs`` PNGs of the prompt (at most 1024 pixels a side)."""
    base_seed = 0 if seed is None else seed
    return [
        OutputFile(
            render_png(prompt, width=width, height=height, seed=base_seed + index),
            f"out-{index}.png",
            "image/png",
        )
        for index in range(num_outputs)
    ]


def video_01(
    prompt: str,
    prompt_optimizer: bool = True,
    first_frame_image: Path | None = None,
) -> OutputFile:
    """Return deterministic bytes standing in for an MP4 of the prompt."""
    return OutputFile(fake_video(prompt), "output.mp4", "video/mp4")


# -- schemas that carry more detail than a signature can -----------------------------------


def _prop(order: int, schema: JsonSchema, description: str) -> JsonSchema:
    return {**schema, "x-order": order, "description": description}


_SDXL_PROMPT = "An astronaut riding a rainbow unicorn"
_SDXL_SCHEDULERS = ["DDIM", "DPMSolverMultistep", "HeunDiscrete", "K_EULER_ANCESTRAL", "K_EULER"]

_SDXL_INPUT: JsonSchema = {
    "type": "object",
    "title": "Input",
    "properties": {
        "prompt": _prop(
            0,
            {"type": "string", "title": "Prompt", "default": _SDXL_PROMPT},
            "Input prompt",
        ),
        "negative_prompt": _prop(
            1, {"type": "string", "title": "Negative Prompt", "default": ""}, "Negative prompt"
        ),
        "width": _prop(2, {"type": "integer", "title": "Width", "default": 1024}, "Output width"),
        "height": _prop(
            3, {"type": "integer", "title": "Height", "default": 1024}, "Output height"
        ),
        "num_outputs": _prop(
            4,
            {"type": "integer", "title": "Num Outputs", "default": 1, "minimum": 1, "maximum": 4},
            "Number of images to output.",
        ),
        "seed": _prop(5, {"type": "integer", "title": "Seed"}, "Random seed."),
        "scheduler": _prop(
            6,
            {"allOf": [{"$ref": "#/components/schemas/scheduler"}], "default": "K_EULER"},
            "scheduler",
        ),
        "guidance_scale": _prop(
            7,
            {
                "type": "number",
                "title": "Guidance Scale",
                "default": 7.5,
                "minimum": 1,
                "maximum": 50,
            },
            "Scale for classifier-free guidance",
        ),
        "num_inference_steps": _prop(
            8,
            {
                "type": "integer",
                "title": "Num Inference Steps",
                "default": 50,
                "minimum": 1,
                "maximum": 500,
            },
            "Number of denoising steps",
        ),
    },
}

_URI_LIST: JsonSchema = {
    "type": "array",
    "items": {"type": "string", "format": "uri"},
    "title": "Output",
}
_URI: JsonSchema = {"type": "string", "format": "uri", "title": "Output"}
_TOKENS: JsonSchema = {
    "type": "array",
    "items": {"type": "string"},
    "title": "Output",
    "x-cog-array-type": "iterator",
    "x-cog-array-display": "concatenate",
}


def _readme(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n\n> {_STAND_IN}\n"


def seed_models() -> list[ModelRecord]:
    """Fresh records for every seed model (new objects each call, so resets are clean)."""
    hello = ModelRecord(
        owner="replicate",
        name="hello-world",
        description="A tiny model that says hello. Local stand-in.",
        github_url="https://github.com/replicate/cog-examples",
        license_url="https://www.apache.org/licenses/LICENSE-2.0",
        readme=_readme("hello-world", "Give it `text`, it answers `hello <text>`."),
        tags=["text", "example"],
        run_count=7_400_000,
        created_at=SEED_EPOCH,
        cover_image_path="/files-delivery/covers/replicate/hello-world.png",
    )
    hello.versions.append(
        make_version(
            "replicate/hello-world",
            hello_world,
            version_id=HELLO_WORLD_VERSION,
            created_at=SEED_EPOCH + 60,
        )
    )
    claude = ModelRecord(
        owner="anthropic",
        name="claude-sonnet-4",
        description="Anthropic's language model, as a local stand-in that streams a canned reply.",
        is_official=True,
        readme=_readme("claude-sonnet-4", "Streams its answer as tokens (words with spaces)."),
        tags=["text-generation", "language-model", "streaming"],
        run_count=2_100_000,
        created_at=SEED_EPOCH + 3600,
        cover_image_path="/files-delivery/covers/anthropic/claude-sonnet-4.png",
    )
    claude.versions.append(
        make_version(
            "anthropic/claude-sonnet-4",
            claude_sonnet_4,
            output_schema=_TOKENS,
            run_time=1.0,
            streaming=True,
            created_at=SEED_EPOCH + 3660,
        )
    )
    banana = ModelRecord(
        owner="google",
        name="nano-banana",
        description="Google's image generation and editing model, as a local stand-in "
        "that renders a PNG from the prompt.",
        is_official=True,
        readme=_readme("nano-banana", "Returns the URL of a PNG rendered from `prompt`."),
        tags=["text-to-image", "image-to-image", "image-editing"],
        run_count=4_300_000,
        created_at=SEED_EPOCH + 7200,
        cover_image_path="/files-delivery/covers/google/nano-banana.png",
    )
    banana.versions.append(
        make_version(
            "google/nano-banana",
            nano_banana,
            output_schema=_URI,
            run_time=0.5,
            created_at=SEED_EPOCH + 7260,
        )
    )
    sdxl_model = ModelRecord(
        owner="stability-ai",
        name="sdxl",
        description="A text-to-image model, as a local stand-in that renders PNGs; trainable.",
        github_url="https://github.com/replicate/cog-sdxl",
        paper_url="https://arxiv.org/abs/2307.01952",
        readme=_readme("sdxl", "Returns a list of PNG URLs; supports trainings."),
        tags=["text-to-image", "fine-tunable"],
        run_count=80_000_000,
        created_at=SEED_EPOCH + 10800,
        cover_image_path="/files-delivery/covers/stability-ai/sdxl.png",
    )
    sdxl_model.versions.append(
        make_version(
            "stability-ai/sdxl",
            sdxl,
            version_id=SDXL_VERSION,
            input_schema=_SDXL_INPUT,
            output_schema=_URI_LIST,
            run_time=1.5,
            progress_steps=20,
            trainable=True,
            extra_schemas={
                "scheduler": {
                    "title": "scheduler",
                    "type": "string",
                    "enum": _SDXL_SCHEDULERS,
                    "description": "An enumeration.",
                }
            },
            created_at=SEED_EPOCH + 10860,
        )
    )
    video = ModelRecord(
        owner="minimax",
        name="video-01",
        description="A text-to-video model, as a slow local stand-in (about 20 s at speed 1).",
        is_official=True,
        readme=_readme("video-01", "Slow on purpose: use it to practise cancel and long waits."),
        tags=["text-to-video", "video"],
        run_count=600_000,
        created_at=SEED_EPOCH + 14400,
        cover_image_path="/files-delivery/covers/minimax/video-01.png",
    )
    video.versions.append(
        make_version(
            "minimax/video-01",
            video_01,
            output_schema=_URI,
            run_time=20.0,
            start_delay=1.0,
            progress_steps=40,
            created_at=SEED_EPOCH + 14460,
        )
    )
    return [hello, claude, banana, sdxl_model, video]


# Example inputs shown on each model's examples page (run once at seed time).
EXAMPLE_INPUTS: dict[str, dict[str, Any]] = {
    "replicate/hello-world": {"text": "world"},
    "anthropic/claude-sonnet-4": {"prompt": "Write a haiku about llamas"},
    "google/nano-banana": {"prompt": "A banana wearing sunglasses"},
    "stability-ai/sdxl": {"prompt": "An astronaut riding a rainbow unicorn", "width": 256},
    "minimax/video-01": {"prompt": "A llama surfing a wave at sunset"},
}

COLLECTIONS: list[dict[str, Any]] = [
    {
        "slug": "text-to-image",
        "name": "Text to image",
        "description": "Models that generate images from text prompts",
        "full_description": "Image generators. Here they are local stand-ins that render PNGs.",
        "models": ["google/nano-banana", "stability-ai/sdxl"],
    },
    {
        "slug": "image-editing",
        "name": "Image editing",
        "description": "Tools for manipulating images",
        "full_description": None,
        "models": ["google/nano-banana"],
    },
    {
        "slug": "language-models",
        "name": "Language models",
        "description": "Models that understand and generate text",
        "full_description": "Language models that stream their output token by token.",
        "models": ["anthropic/claude-sonnet-4"],
    },
    {
        "slug": "text-to-video",
        "name": "Generate videos",
        "description": "Models that create and edit videos",
        "full_description": None,
        "models": ["minimax/video-01"],
    },
    {
        "slug": "official",
        "name": "Official models",
        "description": "Official models are always on, maintained, and have predictable pricing",
        "full_description": None,
        "models": ["anthropic/claude-sonnet-4", "google/nano-banana", "minimax/video-01"],
    },
]

HARDWARE: list[dict[str, str]] = [
    {"sku": "cpu", "name": "CPU"},
    {"sku": "gpu-t4", "name": "Nvidia T4 GPU"},
    {"sku": "gpu-l40s", "name": "Nvidia L40S GPU"},
    {"sku": "gpu-a100-large", "name": "Nvidia A100 (80GB) GPU"},
    {"sku": "gpu-h100", "name": "Nvidia H100 GPU"},
]

DOC_PAGES: list[dict[str, str]] = [
    {"name": "Getting started with image editing", "href": "/docs/guides/image-editing"},
    {"name": "Run a model from Python", "href": "/docs/get-started/python"},
    {"name": "Stream the output of a language model", "href": "/docs/topics/predictions/streaming"},
    {"name": "Receive webhooks", "href": "/docs/topics/webhooks"},
    {"name": "Fine-tune an image model", "href": "/docs/guides/fine-tune-an-image-model"},
    {"name": "Create a prediction", "href": "/docs/topics/predictions/create-a-prediction"},
]


def account(origin: str) -> dict[str, Any]:
    return {
        "type": "organization",
        "username": ACCOUNT_USERNAME,
        "name": "Acme Corp, Inc.",
        "github_url": "https://github.com/acme",
        "avatar_url": f"{origin}/files-delivery/covers/acme/avatar.png",
    }
