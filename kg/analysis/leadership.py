"""Posts across stories: who held which post, and what dated stories say about tenures.

Each leadership fact is one story's view of a post on the day it was published. Stories never
give a full tenure, so a tenure here is bounded by what the dated stories show: in post (as
holder, interim or acting) from at least the first such story to at least the last one, and
gone by the first story that calls the holder former.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["IN_POST", "post_holders", "tenures"]

IN_POST = ("current", "interim", "acting")
_POST = ["subject_label", "object_label", "role"]
TENURE_COLUMNS = ["person", "organisation", "role", "statuses", "first_seen", "in_post_from",
                  "in_post_until", "gone_by", "stories"]
HOLDER_COLUMNS = ["organisation", "organisation_class", "role", "holders", "current",
                  "interim", "former", "designate", "stories"]


def _leads(facts: pd.DataFrame) -> pd.DataFrame:
    leads = facts[facts["predicate"] == "leads"].copy()
    leads["role"] = leads["role"].fillna("(no role)")
    leads["status"] = leads["status"].fillna("current")
    return leads


def post_holders(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation and role: how many different people the stories name in it,
    who by status (``acting`` counts as interim), and in how many stories."""
    import pandas as pd

    leads = _leads(facts)
    leads["status"] = leads["status"].replace({"acting": "interim"})
    rows = []
    for (organisation, role), group in leads.groupby(["object_label", "role"], sort=True):
        names = {status: "; ".join(sorted(set(group.loc[group["status"] == status,
                                                        "subject_label"])))
                 for status in ("current", "interim", "former", "designate")}
        rows.append({"organisation": organisation,
                     "organisation_class": group["object_class"].iloc[0], "role": role,
                     "holders": group["subject_label"].nunique(), **names,
                     "stories": group["story"].nunique()})
    frame = pd.DataFrame(rows, columns=HOLDER_COLUMNS)
    return frame.sort_values(["holders", "stories", "organisation", "role"],
                             ascending=[False, False, True, True], ignore_index=True)


def tenures(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per person, organisation and role seen in dated stories: the statuses in date
    order, the first date seen at all (a designate's appointment, say), the first and last
    dates they were in post, and the first date they were former.
    Empty (with its columns) when no leadership fact is dated."""
    import pandas as pd

    leads = _leads(facts)
    leads = leads[leads["date"].notna()].sort_values(["date", "story"])
    rows = []
    for (person, organisation, role), group in leads.groupby(_POST, sort=True):
        in_post = group.loc[group["status"].isin(IN_POST), "date"]
        former = group.loc[group["status"] == "former", "date"]
        statuses = [s for i, s in enumerate(group["status"]) if i == 0
                    or s != group["status"].iloc[i - 1]]
        rows.append({"person": person, "organisation": organisation, "role": role,
                     "statuses": " → ".join(statuses), "first_seen": group["date"].min(),
                     "in_post_from": in_post.min() if len(in_post) else pd.NaT,
                     "in_post_until": in_post.max() if len(in_post) else pd.NaT,
                     "gone_by": former.min() if len(former) else pd.NaT,
                     "stories": group["story"].nunique()})
    frame = pd.DataFrame(rows, columns=TENURE_COLUMNS)
    for column in ("first_seen", "in_post_from", "in_post_until", "gone_by"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.sort_values(["organisation", "role", "in_post_from", "person"],
                             ignore_index=True)
