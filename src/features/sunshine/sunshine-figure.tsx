import { fitFontSize, SUN_CENTRE, SUN_SIZE, sunGeometry, wrapLabel } from '../../domain/sunshine-geometry.ts';
import { CORE_VALUES, type CoreValueId } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';

const GEOMETRY = sunGeometry(CORE_VALUES.length);
const LABEL_SIZE = 40;
const OFF_COLOUR = '#5b6472';

interface SunshineFigureProps {
  selected: CoreValueId | null;
  disabled: readonly CoreValueId[];
  onSelect: (id: CoreValueId) => void;
}

/** The sun with one ray per value in its colour. Each ray is a button (click, tap, Enter or Space). */
export function SunshineFigure({ selected, disabled, onSelect }: SunshineFigureProps) {
  const { t } = useT();
  const centreLines = wrapLabel(t('sun.centre'), 12);
  return (
    <svg className="sun" viewBox={`0 0 ${SUN_SIZE} ${SUN_SIZE}`} role="group" aria-label={t('sun.figureLabel')}>
      {GEOMETRY.rays.map((ray) => {
        const value = CORE_VALUES[ray.index];
        if (!value) return null;
        const name = t(`value.${value.id}.name`);
        const isSelected = selected === value.id;
        const isOff = disabled.includes(value.id);
        const lines = wrapLabel(name, 11);
        const size = fitFontSize(lines, ray.labelWidth, LABEL_SIZE);
        const [x, y] = ray.labelCentre;
        return (
          <g
            key={value.id}
            className={`ray${isSelected ? ' is-selected' : ''}${isOff ? ' is-off' : ''}`}
            role="button"
            tabIndex={0}
            aria-pressed={isSelected}
            aria-label={t('sun.rayLabel', { name })}
            data-value-id={value.id}
            onClick={() => onSelect(value.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(value.id);
              }
            }}
          >
            <polygon points={ray.outline.map((point) => point.join(',')).join(' ')} fill={isOff ? OFF_COLOUR : value.colour} />
            <text x={x} y={y - ((lines.length - 1) * size * 1.15) / 2} textAnchor="middle" dominantBaseline="middle" fontSize={size}>
              {lines.map((line, index) => (
                <tspan key={line} x={x} dy={index === 0 ? 0 : size * 1.15}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <circle cx={SUN_CENTRE} cy={SUN_CENTRE} r={GEOMETRY.centreRadius} className="sun-core" />
      <text
        className="sun-core-text"
        x={SUN_CENTRE}
        y={SUN_CENTRE - ((centreLines.length - 1) * 40 * 1.15) / 2}
        textAnchor="middle"
        dominantBaseline="middle"
        fontSize={40}
        aria-hidden="true"
      >
        {centreLines.map((line, index) => (
          <tspan key={line} x={SUN_CENTRE} dy={index === 0 ? 0 : 46}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
