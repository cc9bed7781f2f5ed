/**
 * A large Tecnofit-format workbook for the import benchmark: a `clientes_ativos` sheet and a
 * `vendas_totais` sheet of the requested sizes, with the same cell types as real exports (title rows,
 * number Códigos, currency cells, text dates). Written with SheetJS; shares nothing with the importer.
 */
import * as XLSX from 'xlsx';

const firstNames = ['ANA', 'BRUNO', 'CARLA', 'DIEGO', 'ELISA', 'FÁBIO', 'GABRIELA', 'HENRIQUE', 'ÍSIS', 'JOÃO', 'LARISSA', 'MARCOS'];
const lastNames = ['SILVA', 'SOUZA', 'OLIVEIRA', 'SANTOS', 'LIMA', 'PEREIRA', 'COSTA', 'RODRIGUES', 'ALMEIDA', 'NASCIMENTO'];
const plans = [
  ['CALISTENIA 2X NA SEMANA MENSAL', 290],
  ['CALISTENIA 3X NA SEMANA MENSAL', 380],
  ['CALISTENIA 3X NA SEMANA TRIMESTRAL', 1065],
  ['FISIOTERAPIA 1X NA SEMANA MENSAL', 480],
  ['AULA AVULSA', 60],
] as const;
const methods = ['Pix', 'Cartão de crédito', 'Cartão de débito', 'Dinheiro', 'Recorrente'];

function two(value: number): string {
  return String(value).padStart(2, '0');
}

export function largeWorkbook(customers: number, salesRows: number): Buffer {
  const name = (index: number) => `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / 7) % lastNames.length]} ${index % 97}`;
  const clients: unknown[][] = [['Tecnofit'], [], ['Código', 'Cliente', 'Cliente desde', 'Status atual', 'Continuidade (meses)', 'Contratos']];
  for (let index = 0; index < customers; index++) {
    clients.push([1000 + index, name(index), `${two(1 + (index % 28))}/${two(1 + (index % 12))}/${2020 + (index % 6)}`, index % 9 === 0 ? 'Bloqueado' : 'Ativo', `${index % 30},${index % 10}`, 1 + (index % 5)]);
  }
  const sales: unknown[][] = [['Tecnofit'], ['Vendas totais'], [], ['Recibo', 'Código', 'Cliente', 'Status', 'Descrição', 'Valor', 'Forma de Pagamento', 'Data', 'Origem', 'Responsável Recibo', 'Consultor']];
  for (let index = 0; index < salesRows; index++) {
    const client = (index * 7919) % customers;
    const [plan, price] = plans[index % plans.length]!;
    const day = 1 + (index % 28);
    const month = 1 + (Math.floor(index / 28) % 12);
    const year = 2023 + (Math.floor(index / 336) % 3);
    sales.push([100_000 + index, 1000 + client, name(client), 'Finalizado', plan, price, methods[index % methods.length], `${two(day)}/${two(month)}/${year} ${two(8 + (index % 12))}:${two(index % 60)}:00`, 'Balcão', 'RECEPÇÃO - JULIANA --', 'CONSULTOR PADRÃO - MATEUS --']);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(clients), 'clientes_ativos');
  const salesSheet = XLSX.utils.aoa_to_sheet(sales);
  for (let row = 4; row < sales.length; row++) {
    const cell = salesSheet[XLSX.utils.encode_cell({ r: row, c: 5 })];
    if (cell) cell.z = '"R$" #,##0.00';
  }
  XLSX.utils.book_append_sheet(book, salesSheet, 'vendas_totais');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
