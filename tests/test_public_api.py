import marsad


def test_public_api_all_matches_exports():
    public = {n for n in dir(marsad) if not n.startswith("_")} - {
        "api",
        "errors",
        "model",
        "pipeline",
        "settings",
        "ingest",
        "clean",
        "language",
        "entities",
        "events",
        "store",
        "analysis",
        "serve",
        "text",
    }
    assert set(marsad.__all__) - {"__version__"} == public


def test_public_api_analyze_text_returns_article():
    article = marsad.analyze("أعلنت روسيا والصين أنهما ستعملان على تعميق علاقاتهما العسكرية.\nسطر ثان.")
    assert isinstance(article, marsad.Article)
    assert article.stories and article.stories[0].role == "main"
