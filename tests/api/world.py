"""Ids of the test world, looked up by their natural keys (never hard-coded)."""

from sqlalchemy import select

from scodoc_api.models import (
    Departement,
    Evaluation,
    Formation,
    FormSemestre,
    FormSemestreEtape,
    GroupDescr,
    Identite,
    ModuleImpl,
    Partition,
)


async def world_ids(db) -> dict:
    async def one(stmt):
        return (await db.execute(stmt)).scalars().first()

    rt = await one(select(Departement.id).where(Departement.acronym == "RT"))
    geii = await one(select(Departement.id).where(Departement.acronym == "GEII"))
    sem = await one(select(FormSemestre.id).join(FormSemestreEtape).where(FormSemestreEtape.etape_apo == "V1RT"))
    empty = await one(select(FormSemestre.id).join(FormSemestreEtape).where(FormSemestreEtape.etape_apo == "V2RT!2027"))
    gsem = await one(select(FormSemestre.id).where(FormSemestre.dept_id == geii))
    mi = await one(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == sem).order_by(ModuleImpl.id))
    gmi = await one(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == gsem))
    ev = await one(select(Evaluation.id).where(Evaluation.moduleimpl_id == mi).order_by(Evaluation.id))
    gev = await one(select(Evaluation.id).where(Evaluation.moduleimpl_id == gmi))
    td = await one(select(Partition.id).where(Partition.formsemestre_id == sem, Partition.partition_name == "TD"))
    group_a = await one(select(GroupDescr.id).where(GroupDescr.partition_id == td, GroupDescr.group_name == "A"))
    etud = await one(select(Identite.id).where(Identite.code_nip == "00000001", Identite.dept_id == rt))
    getud = await one(select(Identite.id).where(Identite.dept_id == geii))
    dem = await one(select(Identite.id).where(Identite.code_nip == "09999998"))
    nogrp = await one(select(Identite.id).where(Identite.code_nip == "09999999"))
    formation = await one(select(Formation.id).where(Formation.dept_id == rt))
    gformation = await one(select(Formation.id).where(Formation.dept_id == geii))
    return {
        "rt": rt,
        "geii": geii,
        "formsemestre_id": sem,
        "empty_sem": empty,
        "geii_sem": gsem,
        "moduleimpl_id": mi,
        "geii_moduleimpl": gmi,
        "evaluation_id": ev,
        "geii_evaluation": gev,
        "partition_td": td,
        "group_id": group_a,
        "etudid": etud,
        "geii_etudid": getud,
        "dem": dem,
        "nogrp": nogrp,
        "formation_id": formation,
        "geii_formation": gformation,
    }
