"""One module per command group; each has `register(commands)` adding its argparse parsers."""

from . import account, deployments, files, hardware, models, predictions, run, search, trainings

COMMAND_MODULES = (
    run,
    predictions,
    models,
    trainings,
    deployments,
    files,
    hardware,
    account,
    search,
)
