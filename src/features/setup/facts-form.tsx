import { WORKSHOP_KINDS } from '../../domain/workshop.ts';
import { setWarmUp, updateSetupField } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';

export function FactsForm({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { setup } = useWorkshop(session);
  const context = session.context;

  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('setup.facts')}</h2>
      <div className="form-grid">
        <TextField
          label={t('setup.field.title')}
          value={setup.title}
          isRequired
          onCommit={(raw) => updateSetupField(context, 'title', raw)}
          className="span-2"
        />
        <TextField
          label={t('setup.field.initiative')}
          value={setup.initiative}
          hint={t('setup.field.initiative.hint')}
          onCommit={(raw) => updateSetupField(context, 'initiative', raw)}
          className="span-2"
        />
        <fieldset className="span-2 radio-group">
          <legend>{t('setup.field.kind')}</legend>
          {WORKSHOP_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="workshop-kind"
                value={kind}
                checked={setup.kind === kind}
                onChange={() => updateSetupField(context, 'kind', kind)}
              />
              {t(`setup.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          label={t('setup.field.date')}
          type="date"
          value={setup.date}
          onCommit={(raw) => updateSetupField(context, 'date', raw)}
        />
        <TextField label={t('setup.field.place')} value={setup.place} onCommit={(raw) => updateSetupField(context, 'place', raw)} />
        <TextField
          label={t('setup.field.facilitator')}
          value={setup.facilitator}
          onCommit={(raw) => updateSetupField(context, 'facilitator', raw)}
        />
        <label className="choice span-2">
          <input type="checkbox" checked={setup.hasWarmUp} onChange={(event) => setWarmUp(context, event.target.checked)} />
          {t('setup.field.hasWarmUp')}
        </label>
      </div>
    </section>
  );
}
