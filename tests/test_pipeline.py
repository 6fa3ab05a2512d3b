import pytest

from marsad.errors import PipelineError
from marsad.model import Article
from marsad.pipeline import Pipeline, Stage, load_stage


def _noop(article, *, ctx):
    return article


def test_pipeline_rejects_a_stage_before_its_inputs():
    late = Stage(name="late", func=_noop, requires=("tokens",), assigns=("x",))
    with pytest.raises(PipelineError, match=r"late.*tokens"):
        Pipeline([load_stage("clean"), late])


def test_pipeline_names_a_stage_that_returns_no_article():
    bad = Stage(name="bad", func=lambda a, *, ctx: None, requires=("raw",), assigns=())
    with pytest.raises(PipelineError, match="bad"):
        Pipeline([bad]).run(Article(id="x", source="s", raw="نص"))


def test_pipeline_default_stages_are_in_a_working_order():
    pipe = Pipeline.from_settings()
    assert pipe.names[0] == "clean"
    assert "events" in pipe.names


def test_pipeline_unknown_stage_is_a_clear_error():
    with pytest.raises(PipelineError, match="unknown stage"):
        load_stage("nope")


def test_pipeline_resources_are_set_aside_from_the_garbage_collector():
    import gc

    from marsad.pipeline import GC_YOUNG_THRESHOLD, Context
    from marsad.settings import Settings

    threshold = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, *threshold[1:])
    try:
        off = Context(settings=Settings.load(overrides={"pipeline": {"tune_gc": False}}))
        off.resource("table", lambda: [{"k": i} for i in range(1000)])
        assert gc.get_freeze_count() == 0 and gc.get_threshold()[0] == 700
        on = Context(settings=Settings.load())
        table = on.resource("table", lambda: [{"k": i} for i in range(1000)])
        assert gc.get_freeze_count() >= len(table)
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
        assert on.resource("table", list) is table  # loaded once
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_pipeline_full_collection_sets_its_survivors_aside():
    import gc

    from marsad.pipeline import Context, _freeze_survivors
    from marsad.settings import Settings

    threshold = gc.get_threshold()
    callbacks = [c for c in gc.callbacks if c is not _freeze_survivors]
    gc.callbacks[:] = callbacks
    gc.unfreeze()
    try:
        ctx = Context(settings=Settings.load())
        ctx.resource("table", dict)
        ctx.resource("other", dict)  # a second resource must not register the hook twice
        assert [c for c in gc.callbacks if c not in callbacks] == [_freeze_survivors]
        frozen = gc.get_freeze_count()
        cache = [[i] for i in range(2000)]  # tracked objects, as a per-word cache fills in while articles run
        gc.collect(1)  # not a full collection: nothing is set aside
        assert gc.get_freeze_count() == frozen
        gc.collect()
        assert gc.get_freeze_count() >= frozen + len(cache)
        assert gc.get_count()[0] < 100  # every generation was emptied into the frozen one
    finally:
        gc.callbacks[:] = callbacks
        gc.unfreeze()
        gc.set_threshold(*threshold)
