from desktop.data.drafts import delete_draft, list_drafts, save_draft


def test_draft_roundtrip_and_unreadable_files_are_skipped(tmp_path):
    save_draft(tmp_path, "abc", {"case": {"story": "Ruzie over de heg — Çelik"}})
    (tmp_path / "drafts" / "broken.json").write_text("{not json", encoding="utf-8")
    drafts = list_drafts(tmp_path)
    assert [d.id for d in drafts] == ["abc"]
    assert drafts[0].state["case"]["story"] == "Ruzie over de heg — Çelik"
    delete_draft(tmp_path, "abc")
    assert list_drafts(tmp_path) == []
    assert list_drafts(tmp_path / "nowhere") == []
