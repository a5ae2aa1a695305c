import type { ReactNode } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import { groupTallies } from '../../domain/common-picture.ts';
import { agreementsByForm, openNeeds, participantsByActorType } from '../../domain/summary.ts';
import { cardsOn } from '../../domain/offer-need.ts';
import { tallyValues } from '../../domain/value-piece.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { AgreementFacts } from '../../ui/agreement-facts.tsx';
import { useT, useUi } from '../../ui/app-context.tsx';
import { formatDate } from '../../ui/format.ts';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { valueName } from '../../ui/value-name.ts';
import { FollowUpPanel } from './follow-up-panel.tsx';
import { LinksSummary } from './links-summary.tsx';
import './summary.css';

/**
 * Opsamling: the whole workshop at a glance — who took part, each organisation's values and
 * examples, the shared values, the links, the agreements by form — and the follow-up, where a
 * later meeting sets each agreement's status and the summary says what held.
 */
export function SummaryScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const workshop = useWorkshop(session);
  const values = workshopValuesInPlay(workshop);
  const shared = groupTallies(
    tallyValues(
      values.map((value) => value.id),
      workshop.organisations.map((organisation) => ({ organisationId: organisation.id, section: sectionOf(workshop, organisation.id) })),
    ),
  ).shared;
  const { setup } = workshop;
  // As the PDF's facts: when, where, the initiative it belongs to and who facilitated.
  const meta = [
    setup.date ? formatDate(setup.date, language) : '',
    setup.place,
    setup.initiative,
    setup.facilitator.trim() === '' ? '' : t('summary.facilitator', { name: setup.facilitator.trim() }),
  ]
    .filter(Boolean)
    .join(' · ');
  const facts: [string, number][] = [
    [t('summary.fact.organisations'), workshop.organisations.length],
    [t('summary.fact.shared'), shared.length],
    [t('summary.fact.links'), workshop.links.length],
    [t('summary.fact.agreements'), workshop.agreements.length],
  ];
  const nameOfOrganisation = (id: string) => workshop.organisations.find((organisation) => organisation.id === id)?.name ?? '';
  const nameOfValue = (id: string) => {
    const value = values.find((candidate) => candidate.id === id);
    return value ? valueName(value, t) : '';
  };

  return (
    <section className="screen summary-screen" aria-labelledby="summary-title">
      <header className="summary-head">
        <h2 id="summary-title">
          {t('summary.title')}: {workshop.setup.title}
        </h2>
        {meta ? <p className="summary-meta">{meta}</p> : null}
        <p className="lead">{t('summary.intro')}</p>
        <dl className="summary-facts" aria-label={t('summary.facts')}>
          {facts.map(([label, count]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
      </header>

      <div className="summary-grid">
        <Participants workshop={workshop} />
        <SummarySection id="summary-shared" title={t('summary.shared.title')}>
          {shared.length === 0 ? (
            <p className="empty">{t('summary.shared.none')}</p>
          ) : (
            <ul className="shared-list">
              {shared.map((tally) => (
                <li key={tally.valueId}>
                  <strong>{nameOfValue(tally.valueId)}</strong>{' '}
                  <span className="hint">{t('summary.shared.holders', { count: tally.holders.length, names: tally.holders.map(nameOfOrganisation).join(', ') })}</span>
                </li>
              ))}
            </ul>
          )}
        </SummarySection>
      </div>

      <KeyPoints keyPoints={workshop.keyPoints} />
      <OrganisationValues workshop={workshop} values={values} />
      <LinksSummary workshop={workshop} />
      <OpenNeeds workshop={workshop} nameOfValue={nameOfValue} />
      <AgreementsByForm workshop={workshop} />
      <FollowUpPanel session={session} workshop={workshop} />
    </section>
  );
}

function SummarySection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Participants({ workshop }: { workshop: Workshop }) {
  const { t } = useT();
  const groups = participantsByActorType(workshop.organisations);
  return (
    <SummarySection id="summary-participants" title={t('summary.participants.title')}>
      {groups.length === 0 ? (
        <p className="empty">{t('summary.participants.none')}</p>
      ) : (
        <ul className="actor-groups">
          {groups.map((group) => (
            <li key={group.actorType}>
              <span className="swatch" style={{ background: actorTypeColour(group.actorType) }} aria-hidden="true" />
              <strong>{t(`actor.${group.actorType}`)}</strong> ({group.organisations.length}):{' '}
              {group.organisations
                .map((organisation) => (organisation.contact.trim() === '' ? organisation.name : `${organisation.name} (${t('summary.contact', { contact: organisation.contact.trim() })})`))
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}

/** Pointer fra dialogen, as written under Det fælles billede: one paragraph a line. */
function KeyPoints({ keyPoints }: { keyPoints: string }) {
  const { t } = useT();
  const lines = keyPoints.split(/\n+/u).map((line) => line.trim()).filter((line) => line !== '');
  return (
    <SummarySection id="summary-key-points" title={t('summary.keyPoints.title')}>
      {lines.length === 0 ? (
        <p className="empty">{t('summary.keyPoints.none')}</p>
      ) : (
        <ul className="key-points">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}

/** The need cards no link meets yet (`openNeeds`, as the summary PDF lists them), by organisation. */
function OpenNeeds({ workshop, nameOfValue }: { workshop: Workshop; nameOfValue: (id: string) => string }) {
  const { t } = useT();
  const open = openNeeds(workshop);
  const hasNeeds = workshop.organisations.some((organisation) => cardsOn(workshop.cards[organisation.id] ?? [], 'need').length > 0);
  const groups = workshop.organisations
    .map((organisation) => ({ organisation, needs: open.filter((need) => need.organisationId === organisation.id) }))
    .filter((group) => group.needs.length > 0);
  return (
    <SummarySection id="summary-open-needs" title={t('summary.openNeeds.title')}>
      {!hasNeeds ? (
        <p className="empty">{t('summary.openNeeds.noCards')}</p>
      ) : groups.length === 0 ? (
        <p className="empty">{t('summary.openNeeds.none')}</p>
      ) : (
        <>
          <p className="hint">{t('summary.openNeeds.intro')}</p>
          <ul className="open-needs">
            {groups.map(({ organisation, needs }) => (
              <li key={organisation.id} className="open-needs-card" style={{ borderColor: actorTypeColour(organisation.actorType) }} aria-labelledby={`open-needs-${organisation.id}`}>
                <h4 id={`open-needs-${organisation.id}`}>{organisation.name}</h4>
                <ul>
                  {needs.map(({ card }) => (
                    <li key={card.id}>
                      {card.text}
                      {card.valueId === null ? null : <span className="hint"> · {nameOfValue(card.valueId)}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </SummarySection>
  );
}

function OrganisationValues({ workshop, values }: { workshop: Workshop; values: readonly ValueInPlay[] }) {
  const { t } = useT();
  if (workshop.organisations.length === 0) return null;
  return (
    <SummarySection id="summary-values" title={t('summary.values.title')}>
      <ul className="org-values">
        {workshop.organisations.map((organisation) => {
          const section = sectionOf(workshop, organisation.id);
          return (
            <li key={organisation.id} className="org-values-card" style={{ borderColor: actorTypeColour(organisation.actorType) }}>
              <h4>{organisation.name}</h4>
              {section.placed.length === 0 ? (
                <p className="empty">{t('summary.values.none')}</p>
              ) : (
                <ul>
                  {section.placed.map((piece) => {
                    const value = values.find((candidate) => candidate.id === piece.valueId);
                    if (!value) return null;
                    const isMostImportant = section.mostImportant === piece.valueId;
                    return (
                      <li key={piece.valueId}>
                        <span className="swatch" style={{ background: value.colour }} aria-hidden="true" /> <strong>{valueName(value, t)}</strong>
                        {isMostImportant ? <span className="most-important"> ★ {t('summary.values.mostImportant')}</span> : null}
                        {piece.example.trim() ? <span className="example">{piece.example.trim()}</span> : <span className="example empty">{t('summary.values.noExample')}</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </SummarySection>
  );
}

function AgreementsByForm({ workshop }: { workshop: Workshop }) {
  const { t } = useT();
  const groups = agreementsByForm(workshop.agreements);
  return (
    <SummarySection id="summary-agreements" title={t('summary.agreements.title')}>
      {groups.length === 0 ? (
        <p className="empty">{t('summary.agreements.none')}</p>
      ) : (
        <ul className="summary-forms">
          {groups.map((group) => (
            <li key={group.form} className={`summary-form form-${group.form}`} aria-labelledby={`summary-form-${group.form}`}>
              <h4 id={`summary-form-${group.form}`}>
                {t(`agreements.form.${group.form}`)} <span className="rung-phrase">{t(`agreements.formPhrase.${group.form}`)}</span>
              </h4>
              <ul className="summary-agreements">
                {group.agreements.map((agreement) => (
                  <li key={agreement.id} aria-label={agreement.what}>
                    <p className="agreement-what">{agreement.what}</p>
                    {agreement.status ? <p className={`status-badge status-${agreement.status}`}>{t(`agreements.status.${agreement.status}`)}</p> : null}
                    <AgreementFacts agreement={agreement} organisations={workshop.organisations} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}
