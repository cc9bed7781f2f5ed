/** The frequency report: presences and absences per student over a period; names only, no Código. */
import { defineLayout, field } from './layout.ts';

export const attendanceLayout = defineLayout({
  id: 'attendance',
  label: 'frequência',
  fields: {
    student: field('text', ['Aluno', 'Nome do Aluno'], { required: true, requiredValue: true }),
    fixedSchedule: field('integer', ['Agenda fixa'], { min: 0 }),
    dropIn: field('integer', ['Aula Avulsa'], { min: 0 }),
    makeUp: field('integer', ['Reposição'], { min: 0 }),
    prospect: field('integer', ['Prospect'], { min: 0 }),
    gympass: field('integer', ['GYMPASS'], { min: 0 }),
    total: field('integer', ['Total'], { min: 0 }),
    noAction: field('integer', ['Sem ação'], { min: 0 }),
    presences: field('integer', ['Presenças'], { required: true, min: 0 }),
    absences: field('integer', ['Faltas'], { required: true, min: 0 }),
  },
});
